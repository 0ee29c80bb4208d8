'use client';

import { formatLocalDateTime } from '@/components/ui/local-date-time';
import type { AccountEventKind } from '@/lib/generated/prisma/enums';

export type AccountEventRow = {
  id: string;
  kind: AccountEventKind;
  deviceLabel: string | null;
  ip: string | null;
  detail: string | null;
  at: string;
};

const LABELS: Record<AccountEventKind, string> = {
  signed_in: 'Signed in',
  password_changed: 'Password changed',
  password_reset: 'Password set by a reset link',
  two_factor_on: 'Two-step verification turned on',
  two_factor_off: 'Two-step verification turned off',
  recovery_code_used: 'Recovery code used',
  session_revoked: 'A browser was signed out',
  other_sessions_signed_out: 'Signed out everywhere else',
  api_token_created: 'API token created',
  api_token_revoked: 'API token revoked',
};

/** The account's security activity, newest first; times in the reader's time zone. */
export function SecurityActivityList({ events }: { events: AccountEventRow[] }) {
  if (events.length === 0) return <p className="mt-4 text-sm text-muted">Nothing recorded yet.</p>;
  return (
    <ul className="mt-4 divide-y divide-rule rounded-xl border border-rule bg-white" aria-label="Security activity">
      {events.map((event) => (
        <li key={event.id} className="px-5 py-3 text-sm">
          <p>
            <strong>{LABELS[event.kind]}</strong>
            {event.detail && <span className="text-muted"> — {event.detail}</span>}
          </p>
          <p className="text-xs text-muted">
            <time dateTime={event.at}>{formatLocalDateTime(event.at)}</time>
            {event.deviceLabel && ` · ${event.deviceLabel}`}
            {event.ip && ` · ${event.ip}`}
          </p>
        </li>
      ))}
    </ul>
  );
}
