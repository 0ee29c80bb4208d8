'use client';

import { useState } from 'react';
import { claimStepAction } from '@/lib/actions/claims';
import { VERDICT_LABELS } from '@/lib/claims/labels';
import { VERDICTS, type ClaimStep } from '@/lib/claims/workflow';
import { can } from '@/lib/permissions';
import { displayName } from '@/lib/users/display-name';
import type { ClaimView } from '@/components/data/entity-keys';
import { useMutation } from '@/components/forms/use-mutation';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { TextArea } from '@/components/ui/text-area';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { claimChange } from './claim-change';

type StepName = ClaimStep['step'];
const VERDICT_OPTIONS = VERDICTS.map((verdict) => ({ value: verdict, label: VERDICT_LABELS[verdict] }));

/** The workflow steps open to the viewer now; steps that need words open a small form. */
export function ClaimWorkflow({ claim, steps }: { claim: ClaimView; steps: StepName[] }) {
  const { slug: workspace, viewer, members } = useWorkspace();
  const [open, setOpen] = useState<StepName | null>(null);
  const [verdict, setVerdict] = useState<string>('verified');
  const [reviewerId, setReviewerId] = useState('');
  const [text, setText] = useState('');
  // who may be asked to review: members allowed to, other than the one proposing
  const reviewers = [
    { value: '', label: 'Anyone who may review' },
    ...members
      .filter((member) => member.id !== viewer.id && can(member.role, 'claim.review'))
      .map((member) => ({ value: member.id, label: displayName(member) })),
  ];
  const requested = claim.status === 'proposed' && claim.requestedReviewer;
  const { pending, error, run } = useMutation(claimStepAction, {
    ...claimChange(workspace, claim.id),
    onSuccess: () => {
      setOpen(null);
      setText('');
    },
  });
  const ref = { workspace, claimId: claim.id, version: claim.version };
  const submit = (step: StepName) => {
    if (step === 'propose') return void run({ ...ref, step, verdict, rationale: text, reviewerId });
    if (step === 'send_back' || step === 'reopen') return void run({ ...ref, step, reason: text });
    return void run({ ...ref, step });
  };
  const reviewRequest = requested && (
    <p className="text-xs text-muted" data-testid="claim-requested-reviewer">
      Review asked of {displayName(requested)}
    </p>
  );
  if (steps.length === 0 && !error) return reviewRequest || null;

  const form = (step: 'propose' | 'send_back' | 'reopen') => (
    <form
      className="space-y-2 rounded-md border border-rule p-3"
      onSubmit={(event) => {
        event.preventDefault();
        submit(step);
      }}
    >
      {step === 'propose' && (
        <SelectField
          label="Verdict"
          name="verdict"
          autoFocus
          options={VERDICT_OPTIONS}
          value={verdict}
          onChange={(event) => setVerdict(event.target.value)}
        />
      )}
      {step === 'propose' && (
        <SelectField
          label="Ask for a review by"
          name="reviewerId"
          options={reviewers}
          value={reviewerId}
          onChange={(event) => setReviewerId(event.target.value)}
        />
      )}
      <TextArea
        label={step === 'propose' ? 'Rationale' : step === 'send_back' ? 'Why send it back?' : 'Why reopen it?'}
        name={step === 'propose' ? 'rationale' : 'reason'}
        autoFocus={step !== 'propose'}
        rows={3}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {step === 'propose' ? 'Propose verdict' : step === 'send_back' ? 'Send back' : 'Reopen'}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setOpen(null)}>
          Cancel
        </Button>
      </div>
    </form>
  );

  return (
    <div className="space-y-2">
      {reviewRequest}
      <div className="flex flex-wrap gap-2">
        {steps.includes('start') && (
          <Button onClick={() => submit('start')} disabled={pending}>
            Start checking
          </Button>
        )}
        {steps.includes('propose') && open !== 'propose' && <Button onClick={() => setOpen('propose')}>Propose a verdict…</Button>}
        {steps.includes('accept') && (
          <Button onClick={() => submit('accept')} disabled={pending}>
            Accept verdict
          </Button>
        )}
        {steps.includes('confirm_words') && (
          <Button onClick={() => submit('confirm_words')} disabled={pending}>
            Confirm the verdict still holds
          </Button>
        )}
        {steps.includes('send_back') && open !== 'send_back' && (
          <Button variant="secondary" onClick={() => setOpen('send_back')}>
            Send back…
          </Button>
        )}
        {steps.includes('reopen') && open !== 'reopen' && (
          <Button variant="secondary" onClick={() => setOpen('reopen')}>
            Reopen…
          </Button>
        )}
      </div>
      {(open === 'propose' || open === 'send_back' || open === 'reopen') && form(open)}
      {error && <Alert>{error}</Alert>}
    </div>
  );
}
