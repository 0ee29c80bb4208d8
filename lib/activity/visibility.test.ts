import { describe, expect, it } from 'vitest';
import { activityVisibleTo } from './visibility';

describe('activityVisibleTo', () => {
  it('keeps an entry about a private annotation for its author', () => {
    expect(activityVisibleTo({ visibility: 'private', authorId: 'ana' }, 'ana')).toBe('ana');
    expect(activityVisibleTo({ visibility: 'private', authorId: 'ana' }, 'olga')).toBe('ana');
  });

  it('gives every member an entry about a shared annotation or about no annotation', () => {
    expect(activityVisibleTo({ visibility: 'shared', authorId: 'ana' }, 'ana')).toBeNull();
    expect(activityVisibleTo(undefined, 'ana')).toBeNull();
  });

  it('lets the actor stand in for an author who is gone, and refuses when nobody would see it', () => {
    expect(activityVisibleTo({ visibility: 'private', authorId: null }, 'ana')).toBe('ana');
    expect(() => activityVisibleTo({ visibility: 'private', authorId: null }, null)).toThrow();
  });
});
