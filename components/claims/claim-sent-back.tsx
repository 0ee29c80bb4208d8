'use client';

import type { ClaimView } from '@/components/data/entity-keys';
import { displayName } from '@/lib/users/display-name';

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Why the verdict was sent back, first thing in the claim view, until a verdict is proposed again
 * (which clears the reason): the person who must act on it should not have to dig through History.
 */
export function ClaimSentBack({ claim }: { claim: ClaimView }) {
  if (!claim.sentBackReason) return null;
  const entry = claim.activities.findLast((activity) => activity.action === 'claim.send_back');
  return (
    <div
      role="note"
      aria-label="Sent back"
      className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-900"
      data-testid="claim-sent-back"
    >
      <p className="text-xs font-semibold">
        Verdict sent back{entry ? ` by ${displayName(entry.actor)}` : ''}
        {claim.sentBackAt && <span className="font-normal">, {when.format(new Date(claim.sentBackAt))}</span>}
      </p>
      <p className="mt-1 whitespace-pre-wrap" data-testid="claim-sent-back-reason">
        {claim.sentBackReason}
      </p>
    </div>
  );
}
