// Who the server actions see as signed in. `@/auth` is replaced (vi.mock in the test file) by a
// module whose auth() returns this session: the identity is the test's input, everything after
// it (membership lookups, permission checks, writes) runs for real against PostgreSQL.
import { vi } from 'vitest';

let currentUserId: string | null = null;

export function actAs(userId: string | null) {
  currentUserId = userId;
}

export const mockedAuthModule = () => ({
  auth: vi.fn(async () => (currentUserId ? { user: { id: currentUserId }, expires: new Date(Date.now() + 3600_000).toISOString() } : null)),
  signIn: vi.fn(),
  signOut: vi.fn(),
  handlers: { GET: vi.fn(), POST: vi.fn() },
  SignInRateLimited: class extends Error {},
});
