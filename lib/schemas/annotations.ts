import { z } from 'zod';
import { ANNOTATION_KINDS } from '@/lib/annotations/kinds';
import { ZOptionalVersion } from './version';

const ZId = z.string().min(1).max(64);

/** A selection of a version's plain text: [start, end), not empty. */
const ZSelection = z.object({ versionId: ZId, start: z.coerce.number().int().min(0), end: z.coerce.number().int().min(1) });
const isNotEmpty = (input: { start: number; end: number }) => input.end > input.start;
const NOT_EMPTY = { message: 'Select some text first.', path: ['end'] };

export const ZCreateAnnotation = ZSelection.extend({
  documentId: ZId,
  kind: z.enum(ANNOTATION_KINDS, { message: 'Choose claim, figure, citation or note.' }),
  visibility: z.enum(['shared', 'private']).default('shared'),
  tagIds: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (value === undefined ? [] : [value].flat().filter(Boolean))),
})
  .refine(isNotEmpty, NOT_EMPTY)
  .refine((input) => input.visibility === 'shared' || input.kind === 'note' || input.kind === 'citation', {
    message: 'Claims and figures are checked by the team, so they are always shared. Only notes and citations can be private.',
    path: ['visibility'],
  });

/** `versionId` is the document version of the selection; `version` the annotation's own, as read (checked when sent). */
export const ZReattachAnnotation = ZSelection.extend({ annotationId: ZId, version: ZOptionalVersion }).refine(isNotEmpty, NOT_EMPTY);

export const ZAnnotationRef = z.object({ annotationId: ZId });
export const ZDeleteAnnotation = ZAnnotationRef.extend({ version: ZOptionalVersion });

export const ZDismissSuggestion = z.object({
  documentId: ZId,
  kind: z.enum(['figure', 'claim'], { message: 'Only figure and claim suggestions can be dismissed.' }),
  exact: z.string().min(1, 'Which words?').max(5000),
});
/** A dismissed suggestion, named as it was dismissed. */
export const ZRestoreSuggestion = ZDismissSuggestion;
