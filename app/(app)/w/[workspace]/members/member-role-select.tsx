'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useWorkspace } from '@/components/workspace/workspace-context';
import type { WorkspaceRole } from '@/lib/generated/prisma/enums';
import { needsRoleConfirmation, roleOptions } from '@/lib/roles';

type Props = {
  member: { id: string; version: number; role: WorkspaceRole; who: string; isSelf: boolean };
  /** the role mutation's form action (useFormMutation) */
  formAction: (formData: FormData) => Promise<void>;
};

/**
 * A member's role: a promotion is sent at once; a demotion or a change of one's own role is asked
 * first. While the change is unanswered the select shows the role chosen; once answered it shows the
 * member's role as the server has it, so a refused change never looks as if it went through.
 */
export function MemberRoleSelect({ member, formAction }: Props) {
  const { slug: workspace } = useWorkspace();
  const [chosen, setChosen] = useState<WorkspaceRole | null>(null);
  const [confirming, setConfirming] = useState(false);
  const submit = async (formData: FormData) => {
    await formAction(formData);
    setChosen(null);
    setConfirming(false);
  };
  return (
    <form action={submit} className="flex items-center gap-2">
      <input type="hidden" name="workspace" value={workspace} />
      <input type="hidden" name="membershipId" value={member.id} />
      <input type="hidden" name="version" value={member.version} />
      <SelectField
        id={`role-${member.id}`}
        label={`Role of ${member.who}`}
        hideLabel
        name="role"
        value={chosen ?? member.role}
        options={roleOptions()}
        onChange={(event) => {
          const to = event.currentTarget.value as WorkspaceRole;
          setChosen(to);
          if (needsRoleConfirmation(member.role, to, member.isSelf)) setConfirming(true);
          else event.currentTarget.form?.requestSubmit();
        }}
      />
      {confirming && chosen && (
        <span role="group" aria-label="Confirm the role change" className="flex items-center gap-2 text-sm">
          {member.isSelf ? `Make yourself ${chosen}?` : `Make ${member.who} ${chosen}? They lose what a ${member.role} may do.`}
          <SubmitButton variant="primary" pendingLabel="…">
            Yes, change
          </SubmitButton>
          <Button
            type="button"
            variant="ghost"
            onClick={() => {
              setChosen(null);
              setConfirming(false);
            }}
          >
            Cancel
          </Button>
        </span>
      )}
    </form>
  );
}
