import { describe, expect, it } from 'vitest';
import { ZLiveCursor, ZPresenceUpdate } from './events';
import { formatSseMessage } from './sse';

describe('live messages', () => {
  it('takes event ids as cursors, nothing else', () => {
    expect(['0', '42', '9223372036854775807'].map((value) => ZLiveCursor.safeParse(value).success)).toEqual([true, true, true]);
    expect(
      ['', '-1', '1.5', 'yesterday', '9223372036854775808', '12345678901234567890'].map((value) => ZLiveCursor.safeParse(value).success),
    ).toEqual([false, false, false, false, false, false]);
  });

  it('takes a selection only with its version, and in order', () => {
    expect(ZPresenceUpdate.safeParse({ connectionId: 'c', versionId: 'v', selection: { from: 2, to: 5 } }).success).toBe(true);
    expect(ZPresenceUpdate.safeParse({ connectionId: 'c', versionId: null, selection: null }).success).toBe(true);
    expect(ZPresenceUpdate.safeParse({ connectionId: 'c', versionId: null, selection: { from: 2, to: 5 } }).success).toBe(false);
    expect(ZPresenceUpdate.safeParse({ connectionId: 'c', versionId: 'v', selection: { from: 5, to: 2 } }).success).toBe(false);
  });

  it('frames a message as id, event and one line of JSON', () => {
    expect(formatSseMessage({ id: '7', event: 'change', data: { text: 'two\nlines' } })).toBe(
      'id: 7\nevent: change\ndata: {"text":"two\\nlines"}\n\n',
    );
    expect(formatSseMessage({ event: 'reset', data: {} })).toBe('event: reset\ndata: {}\n\n');
  });
});
