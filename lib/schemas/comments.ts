import { z } from 'zod';
import { COMMENT_MAX } from '@/lib/comments/limits';
import { ZOptionalVersion, ZVersion } from './version';

const ZId = z.string().min(1).max(64);

/** Plain text; mentions are `@[Name](userId)` tokens (lib/comments/mentions.ts). */
const ZBody = z
  .string()
  .trim()
  .min(1, 'Write something first.')
  .max(COMMENT_MAX, `Keep a comment under ${COMMENT_MAX.toLocaleString('en')} characters.`);

export const ZThreadRef = z.object({ annotationId: ZId });

export const ZCreateComment = ZThreadRef.extend({
  parentId: z
    .string()
    .max(64)
    .optional()
    .transform((value) => value || null),
  body: ZBody,
});

export const ZCommentRef = z.object({ commentId: ZId });

/** A delete may name the version the person saw: deleting a comment edited since is refused (409). */
export const ZDeleteComment = ZCommentRef.extend({ version: ZOptionalVersion });

/** The comment version the author edited: an edit of an older one is refused (409). */
export const ZEditComment = ZCommentRef.extend({ version: ZVersion, body: ZBody });

export type TCreateComment = z.infer<typeof ZCreateComment>;
