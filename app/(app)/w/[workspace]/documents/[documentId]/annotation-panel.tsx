'use client';

import { ClaimPanel, type PanelMember, type PanelViewer } from '@/components/claims/claim-panel';
import { CommentThread } from '@/components/comments/comment-thread';
import { Button } from '@/components/ui/button';
import { can } from '@/lib/permissions';
import type { ViewAnnotation } from './annotator';

type Props = {
  workspace: string;
  annotation: ViewAnnotation;
  viewer: PanelViewer & { name: string | null; email: string };
  members: PanelMember[];
  onClose: () => void;
};

/** The selected annotation: its claim (for claims and figures) and its discussion. */
export function AnnotationPanel({ workspace, annotation, viewer, members, onClose }: Props) {
  return (
    <section aria-label="Selected annotation" className="space-y-4 rounded-lg border border-rule bg-white p-3 shadow-sm lg:max-h-[70vh] lg:overflow-y-auto" data-testid="annotation-panel">
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="text-xs font-semibold uppercase tracking-wide text-muted">{annotation.kind}</p>
          <p className="font-reading">“{annotation.exact.length > 200 ? `${annotation.exact.slice(0, 197)}…` : annotation.exact}”</p>
        </div>
        <Button variant="ghost" className="px-2 py-0.5 text-xs" onClick={onClose} aria-label="Close the selected annotation">
          Close
        </Button>
      </div>
      {annotation.claim && <ClaimPanel workspace={workspace} claimId={annotation.claim.id} viewer={viewer} members={members} />}
      <div>
        <h3 className="mb-2 text-xs font-semibold uppercase tracking-wide text-muted">Discussion</h3>
        <CommentThread
          workspace={workspace}
          annotationId={annotation.id}
          currentUser={viewer}
          members={members}
          canComment={can(viewer.role, 'comment.create')}
          canModerate={can(viewer.role, 'comment.moderate')}
        />
      </div>
    </section>
  );
}
