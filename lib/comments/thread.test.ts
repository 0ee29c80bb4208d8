import { describe, expect, it } from 'vitest';
import { buildThread } from './thread';

const at = (minute: number) => new Date(Date.UTC(2024, 0, 1, 0, minute));

describe('buildThread', () => {
  it('shows replies to replies under their first comment, saying whom they answer', () => {
    const comments = [
      { id: 'c3', parentId: 'c2', createdAt: at(3) },
      { id: 'c1', parentId: null, createdAt: at(1) },
      { id: 'c2', parentId: 'c1', createdAt: at(2) },
      { id: 'c4', parentId: null, createdAt: at(4) },
    ];
    const thread = buildThread(comments);
    expect(thread.map((entry) => entry.comment.id)).toEqual(['c1', 'c4']);
    expect(thread[0]!.replies.map((reply) => [reply.comment.id, reply.inReplyTo?.id ?? null])).toEqual([
      ['c2', null],
      ['c3', 'c2'],
    ]);
  });
});
