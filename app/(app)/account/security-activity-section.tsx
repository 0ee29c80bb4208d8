import { ACCOUNT_EVENTS_KEPT_DAYS } from '@/lib/server/account-events/record-account-event';
import { listAccountEvents } from '@/lib/server/account-events/list-account-events';
import { SecurityActivityList } from './security-activity';

/** What changed the way into the account: sign-ins, password, two-step verification, sessions, tokens. */
export async function SecurityActivitySection({ userId }: { userId: string }) {
  const events = await listAccountEvents(userId);
  return (
    <section className="mt-10" aria-labelledby="security-activity-heading">
      <h2 id="security-activity-heading" className="text-lg font-semibold">
        Security activity
      </h2>
      <p className="mt-1 text-sm text-muted">
        Sign-ins and changes to how your account is reached, with the browser and address they came from, for {ACCOUNT_EVENTS_KEPT_DAYS}{' '}
        days. If you do not recognise one, change your password and sign out everywhere else.
      </p>
      <SecurityActivityList events={events.map((event) => ({ ...event, at: event.at.toISOString() }))} />
    </section>
  );
}
