// A comment thread shown two levels deep: first comments, and under each every reply to it or
// to its replies, in time order, each saying whom it answers when that is not the first comment.

export type ThreadComment = { id: string; parentId: string | null; createdAt: Date | string };

export type ThreadEntry<C> = { comment: C; replies: { comment: C; inReplyTo: C | null }[] };

export function buildThread<C extends ThreadComment>(comments: C[]): ThreadEntry<C>[] {
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  const time = (comment: C) => new Date(comment.createdAt).getTime();
  const sorted = [...comments].sort((a, b) => time(a) - time(b));
  const rootOf = (comment: C): C => {
    let current = comment;
    const seen = new Set<string>();
    while (current.parentId && byId.has(current.parentId) && !seen.has(current.id)) {
      seen.add(current.id);
      current = byId.get(current.parentId)!;
    }
    return current;
  };
  const entries = new Map<string, ThreadEntry<C>>();
  for (const comment of sorted) {
    const root = rootOf(comment);
    if (root === comment) entries.set(comment.id, { comment, replies: [] });
  }
  for (const comment of sorted) {
    const root = rootOf(comment);
    if (root === comment) continue;
    const parent = byId.get(comment.parentId!)!;
    entries.get(root.id)!.replies.push({ comment, inReplyTo: parent === root ? null : parent });
  }
  return [...entries.values()];
}
