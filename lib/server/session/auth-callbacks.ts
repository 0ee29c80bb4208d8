// The Auth.js callbacks and events that tie the session cookie (a JWT, which credentials sign-in
// requires) to a SignInSession row: the row is created at sign-in, its id travels in the token,
// and lib/server/session/current-user.ts refuses a cookie whose row is revoked or expired.
import 'server-only';
import type { Session, User } from 'next-auth';
import type { JWT } from 'next-auth/jwt';
import { getDb } from '@/lib/db';
import { recordAccountEvent } from '@/lib/server/account-events/record-account-event';
import { hasTwoFactor } from '@/lib/server/two-factor/two-factor-status';
import { clientIp } from './client-ip';
import { createSignInSession } from './create-sign-in-session';
import { requestHeaders } from './request-headers';
import { endSession } from './revoke-sessions';

/**
 * At sign-in (password or single sign-on) `user` is set: a new session row is recorded, and the
 * account's security activity says so. For an account with two-factor on, the row waits for the
 * code (app/(auth)/sign-in/two-factor), which records the sign-in when given.
 */
export async function jwtCallback({ token, user }: { token: JWT; user?: User | null }): Promise<JWT> {
  if (user?.id) {
    const request = await requestHeaders();
    const needsSecondFactor = await hasTwoFactor(user.id);
    token.sub = user.id;
    token.sid = await createSignInSession({
      userId: user.id,
      userAgent: request.get('user-agent'),
      ip: clientIp(request),
      needsSecondFactor,
    });
    if (!needsSecondFactor) await recordAccountEvent(getDb(), { userId: user.id, kind: 'signed_in' });
  }
  return token;
}

export function sessionCallback({ session, token }: { session: Session; token: JWT }): Session {
  if (token.sub) session.user.id = token.sub;
  if (token.sid) session.sessionId = token.sid;
  return session;
}

/** Sign-out ends the cookie's session, so a copy of the cookie no longer works. */
export async function onSignOut(message: { token?: JWT | null } | { session?: unknown }) {
  const sid = 'token' in message ? message.token?.sid : undefined;
  if (sid) await endSession(sid);
}
