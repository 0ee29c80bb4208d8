'use client';

import { cn } from '@/components/ui/cn';
import { authorName, KIND_CLASS } from './annotation-labels';
import type { SidebarAnnotation } from './annotation-sidebar';
import { TagChips } from './tag-chips';

export const ANNOTATION_DETAILS_ID = 'annotation-details';

/**
 * Where the details show (relative to the annotator's container) and which annotations;
 * `focusedId`: the list item reached from the keyboard that they describe.
 */
export type DetailsTarget = { ids: string[]; at: { top: number; left: number }; focusedId?: string };

const SHOWN = 4;
const QUOTE_LENGTH = 90;
const startOf = (text: string) =>
  text.length > QUOTE_LENGTH
    ? `${text
        .slice(0, QUOTE_LENGTH)
        .replace(/\s\S*$/, '')
        .trimEnd()}…`
    : text;

/**
 * What is at a spot of the text: every annotation covering it — kind, shared or private, tags,
 * author and the start of its words. A tooltip: it only describes, it holds nothing to click.
 */
export function AnnotationDetails({ annotations, at }: { annotations: SidebarAnnotation[]; at: DetailsTarget['at'] }) {
  if (annotations.length === 0) return null;
  return (
    <div
      id={ANNOTATION_DETAILS_ID}
      role="tooltip"
      data-annotation-details=""
      className="pointer-events-none absolute z-20 w-80 max-w-[90vw] -translate-x-1/2 rounded-lg border border-rule bg-white p-2 text-xs shadow-lg"
      style={{ top: at.top, left: at.left }}
    >
      {annotations.length > 1 && <p className="mb-1 px-1 font-medium text-muted">{annotations.length} annotations here</p>}
      <ul className="flex flex-col divide-y divide-rule">
        {annotations.slice(0, SHOWN).map((annotation) => (
          <li key={annotation.id} className="flex flex-col gap-1 px-1 py-1.5">
            <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <span className={cn('rounded px-1.5 py-0.5 font-medium', KIND_CLASS[annotation.kind])}>{annotation.kind}</span>
              <span className="text-muted">{annotation.visibility === 'private' ? 'private' : 'shared'}</span>
              <span className="text-muted">by {authorName(annotation)}</span>
            </span>
            <TagChips tags={annotation.tags} />
            <span dir="auto" className="font-reading text-sm">
              “{startOf(annotation.exact)}”
            </span>
          </li>
        ))}
      </ul>
      {annotations.length > SHOWN && <p className="px-1 pt-1 text-muted">and {annotations.length - SHOWN} more (see the list)</p>}
    </div>
  );
}
