// The longest comment, in a module of its own: the comment box limits its field without importing
// lib/schemas/comments, whose zod schemas would be built when the page loads.
export const COMMENT_MAX = 10_000;
