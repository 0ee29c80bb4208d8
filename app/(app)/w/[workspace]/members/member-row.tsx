'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { StaleNotice } from '@/components/forms/stale-notice';
import { useFormMutation } from '@/components/forms/use-form-mutation';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SubmitButton } from '@/components/ui/submit-button';
import { useWorkspace } from '@/components/workspace/workspace-context';
import type { WorkspaceRole } from '@/lib/generated/prisma/enums';
import { changeMemberRoleAction, leaveWorkspaceAction, removeMemberAction } from '@/lib/actions/members';
import { MemberRoleSelect } from './member-role-select';

/** `id` is the membership's, `userId` the member's. */
type Member = { id: string; version: number; role: WorkspaceRole; userId: string; name: string | null; email: string };

export function MemberRow({ member }: { member: Member }) {
  const { slug: workspace, viewer, can } = useWorkspace();
  const isSelf = member.userId === viewer.id;
  const canManage = can('members.manage');
  const router = useRouter();
  const role = useFormMutation(changeMemberRoleAction, { version: member.version });
  // Removing a member whose role someone changed meanwhile is refused too: the row shows the change.
  const remove = useFormMutation(isSelf ? leaveWorkspaceAction : removeMemberAction, {
    version: member.version,
    onSuccess: () => {
      if (isSelf) router.push('/w');
    },
  });
  const [confirming, setConfirming] = useState(false);
  const roleError = role.staleFrom === null && role.formError ? `${role.formError} The role is still ${member.role}.` : null;
  const error = roleError ?? remove.formError;
  const who = member.name ?? member.email;
  return (
    <li className="px-5 py-3" aria-label={who}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0">
          <p className="font-medium">
            {who} {isSelf && <span className="text-sm font-normal text-muted">(you)</span>}
          </p>
          <p className="text-sm text-muted">{member.email}</p>
        </div>
        <div className="flex items-center gap-2">
          {canManage ? (
            <MemberRoleSelect
              key={role.formKey}
              member={{ id: member.id, version: member.version, role: member.role, who, isSelf }}
              formAction={role.formAction}
            />
          ) : (
            <span className="text-sm text-muted" data-testid="member-role">
              {member.role}
            </span>
          )}
          {(canManage || isSelf) && (
            <form action={remove.formAction} className="flex items-center gap-2">
              <input type="hidden" name="workspace" value={workspace} />
              <input type="hidden" name="membershipId" value={member.id} />
              <input type="hidden" name="version" value={member.version} />
              {confirming ? (
                <>
                  <SubmitButton variant="primary" pendingLabel="…">
                    {isSelf ? 'Yes, leave' : `Yes, remove`}
                  </SubmitButton>
                  <Button type="button" variant="ghost" onClick={() => setConfirming(false)}>
                    Cancel
                  </Button>
                </>
              ) : (
                <Button type="button" variant="ghost" onClick={() => setConfirming(true)}>
                  {isSelf ? 'Leave' : 'Remove'}
                </Button>
              )}
            </form>
          )}
        </div>
      </div>
      {role.staleFrom !== null && (
        // Below the row: re-applies the role this person chose, on top of the member's current version.
        <form action={role.formAction} className="mt-2">
          <input type="hidden" name="workspace" value={workspace} />
          <input type="hidden" name="membershipId" value={member.id} />
          <input type="hidden" name="version" value={member.version} />
          <input type="hidden" name="role" value={role.typed('role', member.role)} />
          <StaleNotice staleFrom={role.staleFrom} currentVersion={member.version} fields={[{ label: 'Role', value: member.role }]} />
        </form>
      )}
      {error && <Alert className="mt-2">{error}</Alert>}
      {role.result?.ok && role.result.data.changed && (
        <Alert tone="info" className="mt-2">
          Role changed.
        </Alert>
      )}
    </li>
  );
}
