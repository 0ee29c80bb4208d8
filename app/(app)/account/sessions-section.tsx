import { listSessions } from '@/lib/server/session/list-sessions';
import { SessionList, SignOutOthersForm } from './sessions';

/** Where the account is signed in: each browser, with "Revoke", and "Sign out everywhere else". */
export async function SessionsSection({ userId, currentSessionId }: { userId: string; currentSessionId: string }) {
  const sessions = await listSessions({ userId, currentSessionId });
  return (
    <section className="mt-10" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading" className="text-lg font-semibold">
        Where you are signed in
      </h2>
      <p className="mt-1 text-sm text-muted">
        Each browser that signed in to your account. Revoke one you do not recognise; changing your password also signs out every other
        browser.
      </p>
      <SessionList
        sessions={sessions.map((session) => ({
          id: session.id,
          deviceLabel: session.deviceLabel,
          ip: session.ip,
          isCurrent: session.isCurrent,
          createdAt: session.createdAt.toISOString(),
          lastSeenAt: session.lastSeenAt.toISOString(),
        }))}
      />
      {sessions.some((session) => !session.isCurrent) && <SignOutOthersForm />}
    </section>
  );
}
