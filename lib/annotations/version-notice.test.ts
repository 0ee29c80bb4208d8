import { describe, expect, it } from 'vitest';
import { versionNoticeText } from './version-notice';

describe('versionNoticeText', () => {
  it('says what happened to the annotations', () => {
    expect(versionNoticeText(2, { anchored: 4, moved: 0, orphaned: 0 })).toBe('Version 2 saved.');
    expect(versionNoticeText(3, { anchored: 0, moved: 1, orphaned: 1 })).toBe('Version 3 saved. 1 annotation moved, 1 needs attention.');
    expect(versionNoticeText(4, { anchored: 0, moved: 5, orphaned: 2 })).toBe('Version 4 saved. 5 annotations moved, 2 need attention.');
  });
});
