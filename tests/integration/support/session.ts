// Who the server actions see as signed in. `@/auth` is replaced (vi.mock in the test file) by a
// module whose auth() returns this session: the identity is the test's input, everything after
// it (session and membership lookups, permission checks, writes) runs for real against PostgreSQL.
// actAs(userId) signs in with a fresh SignInSession row, created at the first auth() call;
// actAsSession(userId, sessionId) uses a given row (to test revoked and expired sessions).
import { vi } from 'vitest';
import { getDb } from '@/lib/db';

let current: { userId: string; sessionId: string | null } | null = null;

export function actAs(userId: string | null) {
  current = userId ? { userId, sessionId: null } : null;
}

export function actAsSession(userId: string, sessionId: string) {
  current = { userId, sessionId };
}

/** The session id auth() answers with now (creating its row on first use). */
export async function currentTestSessionId(): Promise<string | null> {
  if (!current) return null;
  if (!current.sessionId) {
    const row = await getDb()
      .signInSession.create({
        data: { userId: current.userId, deviceLabel: 'Test runner', expiresAt: new Date(Date.now() + 3600_000) },
        select: { id: true },
      })
      .catch(() => null); // no such user: signed out, as a cookie of a deleted account is
    if (!row) return null;
    current.sessionId = row.id;
  }
  return current.sessionId;
}

export const mockedAuthModule = () => ({
  auth: vi.fn(async () => {
    if (!current) return null;
    const sessionId = await currentTestSessionId();
    return { user: { id: current.userId }, sessionId: sessionId ?? undefined, expires: new Date(Date.now() + 3600_000).toISOString() };
  }),
  signIn: vi.fn(),
  signOut: vi.fn(),
  handlers: { GET: vi.fn(), POST: vi.fn() },
  SignInRateLimited: class extends Error {},
});
