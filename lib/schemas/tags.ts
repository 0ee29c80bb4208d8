import { z } from 'zod';
import { ZOptionalVersion, ZVersion } from './version';

const ZTagName = z.string().trim().min(1, 'Name the tag.').max(60, 'Keep tag names under 60 characters.');
const ZColor = z.string().regex(/^#[0-9a-f]{6}$/i, 'Choose a colour like #d97706.');
const ZOptionalId = z
  .string()
  .max(64)
  .optional()
  .transform((value) => value || null);

export const ZCreateTag = z.object({ name: ZTagName, color: ZColor, parentId: ZOptionalId });
export const ZUpdateTag = z.object({
  tagId: z.string().min(1).max(64),
  version: ZVersion,
  name: ZTagName,
  color: ZColor,
  parentId: ZOptionalId,
});
export const ZMergeTags = z
  .object({ sourceTagId: z.string().min(1).max(64), sourceVersion: ZOptionalVersion, targetTagId: z.string().min(1).max(64) })
  .refine((input) => input.sourceTagId !== input.targetTagId, { message: 'Choose two different tags.', path: ['targetTagId'] });
export const ZTagRef = z.object({ tagId: z.string().min(1).max(64) });
export const ZDeleteTag = ZTagRef.extend({ version: ZOptionalVersion });
