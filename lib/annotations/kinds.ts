// The kinds of annotation, in a module of their own: client components list them without
// importing lib/schemas/annotations, whose zod schemas would be built when the page loads.
export const ANNOTATION_KINDS = ['claim', 'figure', 'citation', 'note'] as const;

export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];
