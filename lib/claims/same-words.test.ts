import { describe, expect, it } from 'vitest';
import { sameWords } from './same-words';

describe('sameWords', () => {
  it('ignores spacing and line breaks, not words', () => {
    expect(sameWords('over 16,500\n containers ', 'over 16,500 containers')).toBe(true);
    expect(sameWords('over 16,500 containers', 'over 16,800 containers')).toBe(false);
  });
});
