// Where annotations' words went through an edit: ProseMirror's position mapping, read in
// plain-text offsets. Pure, so that the rule can be tested without an editor on screen.
import type { Mappable } from '@tiptap/pm/transform';
import type { TMappedAnchor } from '@/lib/schemas/documents';
import { offsetToPosition, positionToOffset } from '@/lib/text-model';

export type PlacedAnnotation = { id: string; start: number | null; end: number | null };

/**
 * Each placed annotation's offsets mapped through `mapping`: exact, with text typed at its edges
 * left outside it, and null offsets when all of its words were deleted. Orphans (no offsets)
 * have nothing to map and are left out.
 */
export function mapAnchors(mapping: Mappable, annotations: PlacedAnnotation[]): TMappedAnchor[] {
  return annotations.flatMap((annotation) => {
    if (annotation.start === null || annotation.end === null) return [];
    const from = mapping.mapResult(offsetToPosition(annotation.start), 1);
    const to = mapping.mapResult(offsetToPosition(annotation.end), -1);
    const isGone = to.pos <= from.pos;
    return [
      { annotationId: annotation.id, start: isGone ? null : positionToOffset(from.pos), end: isGone ? null : positionToOffset(to.pos) },
    ];
  });
}
