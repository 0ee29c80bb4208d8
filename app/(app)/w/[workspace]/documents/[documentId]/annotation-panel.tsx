'use client';

import { ClaimPanel } from '@/components/claims/claim-panel';
import { CommentThread } from '@/components/comments/comment-thread';
import { Button } from '@/components/ui/button';
import type { ViewAnnotation } from './annotator';

type Props = {
  annotation: ViewAnnotation;
  onClose: () => void;
};

/** The selected annotation: its claim (for claims and figures) and its discussion. */
export function AnnotationPanel({ annotation, onClose }: Props) {
  return (
    <section
      aria-label="Selected annotation"
      className="space-y-4 rounded-lg border border-rule bg-white p-3 shadow-sm lg:max-h-[70vh] lg:overflow-y-auto"
      data-testid="annotation-panel"
    >
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="text-xs font-semibold uppercase tracking-wide text-muted">{annotation.kind}</p>
          <p dir="auto" className="font-reading">
            “{annotation.exact.length > 200 ? `${annotation.exact.slice(0, 197)}…` : annotation.exact}”
          </p>
        </div>
        <Button variant="ghost" className="px-2 py-0.5 text-xs" onClick={onClose} aria-label="Close the selected annotation">
          Close
        </Button>
      </div>
      {annotation.claim && <ClaimPanel claimId={annotation.claim.id} />}
      <div>
        <h3 className="mb-2 text-xs font-semibold uppercase tracking-wide text-muted">Discussion</h3>
        <CommentThread annotationId={annotation.id} />
      </div>
    </section>
  );
}
