'use client';

import { assignClaimAction } from '@/lib/actions/claims';
import type { ClaimView } from '@/components/data/entity-keys';
import { useMutation } from '@/components/forms/use-mutation';
import { can } from '@/lib/permissions';
import { displayName } from '@/lib/users/display-name';
import { Alert } from '@/components/ui/alert';
import { SelectField } from '@/components/ui/select-field';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { claimChange } from './claim-change';

/** Who checks this claim: editors and owners choose among the members who can check. */
export function ClaimAssignee({ claim }: { claim: ClaimView }) {
  const { slug: workspace, members, can: viewerCan } = useWorkspace();
  const canAssign = viewerCan('claim.assign');
  const { pending, error, run } = useMutation(assignClaimAction, claimChange(workspace, claim.id));
  if (!canAssign) {
    return (
      <p>
        <span className="text-muted">Assigned to </span>
        <span data-testid="claim-assignee">{claim.assignee ? displayName(claim.assignee) : 'nobody'}</span>
      </p>
    );
  }
  const options = [
    { value: '', label: 'Nobody' },
    ...members.filter((member) => can(member.role, 'claim.verify')).map((member) => ({ value: member.id, label: displayName(member) })),
  ];
  return (
    <div>
      <SelectField
        label="Assigned to"
        name="assigneeId"
        options={options}
        value={claim.assigneeId ?? ''}
        disabled={pending}
        onChange={(event) => void run({ workspace, claimId: claim.id, version: claim.version, assigneeId: event.target.value })}
      />
      {error && <Alert>{error}</Alert>}
    </div>
  );
}
