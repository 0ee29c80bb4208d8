'use client';

import { useRef, useState } from 'react';
import { useFormMutation } from '@/components/forms/use-form-mutation';
import { Alert } from '@/components/ui/alert';
import { CopyButton } from '@/components/ui/copy-button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { effectiveRole, tokenRolesFor, type TokenState } from '@/lib/api/token-roles';
import type { WorkspaceRole } from '@/lib/generated/prisma/enums';
import { roleOptions } from '@/lib/roles';
import { createApiTokenAction, revokeApiTokenAction } from '@/lib/actions/api-tokens';

type WorkspaceOption = { slug: string; name: string; role: WorkspaceRole };
export type TokenRow = {
  id: string;
  name: string;
  prefix: string;
  role: WorkspaceRole;
  memberRole: WorkspaceRole;
  workspace: string;
  state: TokenState;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
};

const LIFETIMES = [
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: 'A year' },
  { value: 'never', label: 'Never' },
];

const day = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

export function CreateApiTokenForm({ workspaces }: { workspaces: WorkspaceOption[] }) {
  const formElement = useRef<HTMLFormElement>(null);
  const [workspace, setWorkspace] = useState(workspaces[0]?.slug ?? '');
  const [created, setCreated] = useState<{ secret: string; name: string; workspace: string } | null>(null);
  const form = useFormMutation(createApiTokenAction, {
    onSuccess: (token) => {
      setCreated({ secret: token.secret, name: token.name, workspace: token.workspace });
      formElement.current?.reset();
    },
  });
  const errors = form.fieldErrors;
  const error = form.formError;
  if (workspaces.length === 0)
    return <p className="mt-3 text-sm text-muted">Join or create a workspace first: a token works in one workspace.</p>;
  const role = workspaces.find((option) => option.slug === workspace)?.role ?? 'viewer';
  return (
    <div className="mt-3">
      <form ref={formElement} action={form.formAction} className="flex flex-col gap-3" noValidate>
        <Field id="token-name" label="Name" name="name" hint="What will use it, e.g. “newsroom CMS export”." errors={errors.name} />
        <div className="grid gap-3 sm:grid-cols-3">
          <SelectField
            id="token-workspace"
            label="Workspace"
            name="workspace"
            value={workspace}
            onChange={(event) => setWorkspace(event.target.value)}
            options={workspaces.map((option) => ({ value: option.slug, label: option.name }))}
            errors={errors.workspace}
          />
          <SelectField
            key={workspace}
            id="token-role"
            label="Role"
            name="role"
            defaultValue={role}
            options={roleOptions(tokenRolesFor(role))}
            errors={errors.role}
          />
          <SelectField
            id="token-expires"
            label="Expires"
            name="expiresIn"
            defaultValue="90"
            options={LIFETIMES}
            errors={errors.expiresIn}
          />
        </div>
        <div>
          <SubmitButton pendingLabel="Creating…">Create token</SubmitButton>
        </div>
      </form>
      {error && <Alert className="mt-3">{error}</Alert>}
      {created && form.result?.ok && (
        <div className="mt-4 rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm" role="status">
          <p>
            Token <strong>{created.name}</strong> for {created.workspace}. Copy it now: it is shown only once.
          </p>
          <div className="mt-2 flex items-center gap-2">
            <input
              readOnly
              value={created.secret}
              aria-label="New token"
              className="flex-1 rounded-md border border-rule bg-white px-2 py-1.5 font-mono text-xs"
            />
            <CopyButton text={created.secret} />
          </div>
        </div>
      )}
    </div>
  );
}

export function ApiTokenList({ tokens }: { tokens: TokenRow[] }) {
  if (tokens.length === 0) return <p className="mt-3 text-sm text-muted">No tokens yet.</p>;
  return (
    <ul className="mt-4 divide-y divide-rule rounded-xl border border-rule bg-white" aria-label="API tokens">
      {tokens.map((token) => (
        <ApiTokenItem key={token.id} token={token} />
      ))}
    </ul>
  );
}

function ApiTokenItem({ token }: { token: TokenRow }) {
  const form = useFormMutation(revokeApiTokenAction);
  const error = form.formError;
  const actsAs = effectiveRole(token.role, token.memberRole);
  const status =
    token.state === 'revoked'
      ? 'revoked'
      : token.state === 'expired'
        ? 'expired'
        : token.expiresAt
          ? `expires ${day(token.expiresAt)}`
          : 'never expires';
  return (
    <li className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-5 py-3 text-sm">
      <div className={token.state === 'active' ? '' : 'text-muted'}>
        <p>
          <strong>{token.name}</strong> <code className="text-xs">{token.prefix}…</code>
        </p>
        <p className="text-xs text-muted">
          {token.workspace} · {token.role}
          {actsAs !== token.role && ` (acts as ${actsAs}, your role now)`} · created {day(token.createdAt)} ·{' '}
          {token.lastUsedAt ? `last used ${day(token.lastUsedAt)}` : 'never used'} · {status}
        </p>
      </div>
      {token.state === 'active' && (
        <form action={form.formAction}>
          <input type="hidden" name="tokenId" value={token.id} />
          <SubmitButton variant="ghost" pendingLabel="Revoking…" aria-label={`Revoke the token ${token.name}`}>
            Revoke
          </SubmitButton>
        </form>
      )}
      {error && <Alert>{error}</Alert>}
    </li>
  );
}
