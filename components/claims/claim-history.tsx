'use client';

import { activityPhrase, STATUS_LABELS, VERDICT_LABELS } from '@/lib/claims/labels';
import type { ClaimStatus, Verdict } from '@/lib/generated/prisma/enums';
import type { ClaimView } from '@/components/data/entity-keys';
import { displayName } from '@/lib/users/display-name';
import { useWorkspace, type WorkspaceMember } from '@/components/workspace/workspace-context';

type Change = Record<string, unknown> | null;
const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** What an entry changed, before → after, in words. */
function describeChange(before: Change, after: Change, members: WorkspaceMember[]): string[] {
  const lines: string[] = [];
  const name = (id: unknown) => (typeof id === 'string' ? displayName(members.find((member) => member.id === id)) : 'nobody');
  if (after?.status && before?.status !== after.status) {
    lines.push(`${before?.status ? STATUS_LABELS[before.status as ClaimStatus] : '–'} → ${STATUS_LABELS[after.status as ClaimStatus]}`);
  }
  if (after && 'verdict' in after && after.verdict) lines.push(`Verdict: ${VERDICT_LABELS[after.verdict as Verdict]}`);
  if (typeof after?.rationale === 'string' && after.rationale !== before?.rationale) lines.push(`Rationale: ${after.rationale}`);
  if (typeof after?.reason === 'string') lines.push(`Reason: ${after.reason}`);
  if (after && 'assigneeId' in after) lines.push(`Assigned: ${name(before?.assigneeId)} → ${name(after.assigneeId)}`);
  if (typeof after?.requestedReviewerId === 'string') lines.push(`Review asked of ${name(after.requestedReviewerId)}`);
  if (typeof after?.statement === 'string') lines.push(`“${String(before?.statement)}” → “${after.statement}”`);
  if (typeof after?.quote === 'string') lines.push(`“${String(before?.quote ?? '')}” → “${after.quote}”`);
  // web evidence by its address; a document, record or dataset by its description (never contact details)
  const what = after?.url ?? before?.url ?? after?.description ?? before?.description;
  if (typeof what === 'string')
    lines.push(`${what}${typeof (after ?? before)?.stance === 'string' ? ` (${String((after ?? before)?.stance)})` : ''}`);
  return lines;
}

/** The claim's audit trail, oldest first: who did what, when, and what it was before. */
export function ClaimHistory({ claim }: { claim: ClaimView }) {
  const { members } = useWorkspace();
  return (
    <details className="group" open={claim.activities.length <= 6}>
      <summary className="cursor-pointer text-xs font-semibold uppercase tracking-wide text-muted">
        History ({claim.activities.length})
      </summary>
      <ol className="mt-2 space-y-2 border-l border-rule pl-3" aria-label="History">
        {claim.activities.map((entry) => (
          <li key={entry.id}>
            <p>
              <span className="font-medium">{displayName(entry.actor)}</span> {activityPhrase(entry.action)}{' '}
              <time className="text-xs text-muted" dateTime={entry.createdAt}>
                {when.format(new Date(entry.createdAt))}
              </time>
            </p>
            {describeChange(entry.before as Change, entry.after as Change, members).map((line) => (
              <p key={line} className="text-xs text-muted">
                {line}
              </p>
            ))}
          </li>
        ))}
      </ol>
    </details>
  );
}
