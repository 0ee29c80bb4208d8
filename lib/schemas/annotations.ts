import { z } from 'zod';

export const ANNOTATION_KINDS = ['claim', 'figure', 'citation', 'note'] as const;

export const ZCreateAnnotation = z
  .object({
    documentId: z.string().min(1).max(64),
    versionId: z.string().min(1).max(64),
    start: z.coerce.number().int().min(0),
    end: z.coerce.number().int().min(1),
    kind: z.enum(ANNOTATION_KINDS, { message: 'Choose claim, figure, citation or note.' }),
    visibility: z.enum(['shared', 'private']).default('shared'),
    tagIds: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .transform((value) => (value === undefined ? [] : [value].flat().filter(Boolean))),
  })
  .refine((input) => input.end > input.start, { message: 'Select some text first.', path: ['end'] });

export const ZReattachAnnotation = z
  .object({
    annotationId: z.string().min(1).max(64),
    versionId: z.string().min(1).max(64),
    start: z.coerce.number().int().min(0),
    end: z.coerce.number().int().min(1),
  })
  .refine((input) => input.end > input.start, { message: 'Select some text first.', path: ['end'] });

export const ZAnnotationRef = z.object({ annotationId: z.string().min(1).max(64) });
