import { describe, expect, it } from 'vitest';
import { activityPhrase } from './labels';

describe('activityPhrase', () => {
  it('reads a recorded action as its phrase', () => {
    expect(activityPhrase('claim.send_back')).toBe('sent the verdict back');
    expect(activityPhrase('tag.merged')).toBe('merged two tags');
  });

  it('reads an action it has no phrase for as the action itself, never as an inherited property', () => {
    expect(activityPhrase('claim.status_changed')).toBe('claim status changed');
    expect(activityPhrase('toString')).toBe('toString');
  });
});
