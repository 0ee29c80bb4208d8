'use client';

import { useState } from 'react';
import { useMutation } from '@/components/forms/use-mutation';
import { bulkAssignClaimsAction, bulkClaimStepAction } from '@/lib/actions/claims';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { can } from '@/lib/permissions';
import { displayName } from '@/lib/users/display-name';
import type { ActionResult } from '@/lib/errors';
import type { BulkOutcome } from '@/lib/server/claims/bulk-claims';

const STEPS = [
  { value: 'start', label: 'Start checking' },
  { value: 'accept', label: 'Accept the proposed verdict' },
  { value: 'send_back', label: 'Send back for more checking' },
  { value: 'reopen', label: 'Reopen' },
] as const;

type Step = (typeof STEPS)[number]['value'];
const NEEDS_REASON: Step[] = ['send_back', 'reopen'];

/** Assign or move the selected claims; each one is changed under the rules of one at a time. */
export function ClaimBulkBar({ selected, onDone }: { selected: { claimId: string; version: number }[]; onDone: () => void }) {
  const { slug: workspace, members, can: viewerCan } = useWorkspace();
  const canAssign = viewerCan('claim.assign');
  const canVerify = viewerCan('claim.verify');
  // Claims go to the members who can check them.
  const assignees = members
    .filter((member) => can(member.role, 'claim.verify'))
    .map((member) => ({ value: member.id, label: displayName(member) }));
  const [step, setStep] = useState<Step>('start');
  const assign = useMutation(bulkAssignClaimsAction, { onSuccess: onDone });
  const move = useMutation(bulkClaimStepAction, { onSuccess: onDone });
  // The outcome of whichever ran last (the other one's is forgotten when it starts).
  const result = assign.result ?? move.result;
  const pending = assign.pending || move.pending;
  const none = selected.length === 0;

  return (
    <section
      aria-label="Change selected claims"
      className="mt-6 flex flex-wrap items-end gap-x-6 gap-y-3 rounded-xl border border-rule bg-stone-50 px-4 py-3"
    >
      <p className="self-center text-sm" aria-live="polite">
        {none ? 'Select claims to change several at once.' : `${selected.length} selected`}
      </p>
      {canAssign && (
        <form
          className="flex items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            const assigneeId = String(new FormData(event.currentTarget).get('assigneeId') ?? '');
            move.reset();
            void assign.run({ workspace, claims: selected, assigneeId });
          }}
        >
          <SelectField
            label="Assign to"
            name="assigneeId"
            id="bulk-assignee"
            options={[{ value: '', label: 'Nobody (unassign)' }, ...assignees]}
          />
          <Button type="submit" variant="secondary" disabled={none || pending}>
            Assign
          </Button>
        </form>
      )}
      {canVerify && (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            const reason = String(new FormData(event.currentTarget).get('reason') ?? '');
            assign.reset();
            void move.run({ workspace, claims: selected, step, ...(NEEDS_REASON.includes(step) ? { reason } : {}) });
          }}
        >
          <SelectField
            label="Step"
            name="step"
            id="bulk-step"
            value={step}
            onChange={(event) => setStep(event.target.value as Step)}
            options={STEPS}
          />
          {NEEDS_REASON.includes(step) && <Field label="Reason" name="reason" id="bulk-reason" required maxLength={2000} />}
          <Button type="submit" variant="secondary" disabled={none || pending}>
            Apply step
          </Button>
        </form>
      )}
      {result && <BulkResult result={result} />}
    </section>
  );
}

function BulkResult({ result }: { result: ActionResult<BulkOutcome> }) {
  if (!result.ok) return <Alert className="w-full">{result.error}</Alert>;
  const { summary, refused } = result.data;
  return (
    <div role="status" className="w-full rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm">
      <p className="font-medium">{summary}.</p>
      {refused.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {refused.map((row) => (
            <li key={row.claimId}>
              {row.label}: {row.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
