'use client';

import { useFormMutation } from '@/components/forms/use-form-mutation';
import { Alert } from '@/components/ui/alert';
import { formatLocalDateTime as when } from '@/components/ui/local-date-time';
import { SubmitButton } from '@/components/ui/submit-button';
import { revokeSessionAction, signOutOtherSessionsAction } from '@/lib/actions/sessions';

export type SessionRow = { id: string; deviceLabel: string; ip: string | null; isCurrent: boolean; createdAt: string; lastSeenAt: string };

export function SessionList({ sessions }: { sessions: SessionRow[] }) {
  return (
    <ul className="mt-4 divide-y divide-rule rounded-xl border border-rule bg-white" aria-label="Sessions">
      {sessions.map((session) => (
        <SessionItem key={session.id} session={session} />
      ))}
    </ul>
  );
}

function SessionItem({ session }: { session: SessionRow }) {
  const form = useFormMutation(revokeSessionAction);
  const error = form.formError;
  return (
    <li className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-5 py-3 text-sm">
      <div>
        <p>
          <strong>{session.deviceLabel}</strong>
          {session.isCurrent && <span className="ml-2 rounded bg-emerald-50 px-1.5 py-0.5 text-xs text-emerald-800">this device</span>}
        </p>
        <p className="text-xs text-muted">
          {session.ip ?? 'unknown address'} · signed in {when(session.createdAt)} · last seen {when(session.lastSeenAt)}
        </p>
      </div>
      {!session.isCurrent && (
        <form action={form.formAction}>
          <input type="hidden" name="sessionId" value={session.id} />
          <SubmitButton variant="ghost" pendingLabel="Revoking…" aria-label={`Revoke the session on ${session.deviceLabel}`}>
            Revoke
          </SubmitButton>
        </form>
      )}
      {error && <Alert>{error}</Alert>}
    </li>
  );
}

export function SignOutOthersForm() {
  const form = useFormMutation(signOutOtherSessionsAction);
  const error = form.formError;
  return (
    <form action={form.formAction} className="mt-3 flex flex-col gap-2">
      <div>
        <SubmitButton variant="ghost" pendingLabel="Signing out…">
          Sign out everywhere else
        </SubmitButton>
      </div>
      {error && <Alert>{error}</Alert>}
    </form>
  );
}
