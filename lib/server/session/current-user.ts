import 'server-only';
import { cache } from 'react';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { auth } from '@/auth';
import { AppError } from '@/lib/errors';
import { safeRedirectPath } from '@/lib/safe-redirect';
import { REQUEST_PATH_HEADER } from '@/lib/request-path';
import { getActiveSession, type ActiveSession } from './get-active-session';

export type CurrentUser = { id: string; email: string; name: string | null };

/**
 * The signed-in user and their session, checked against the database: the cookie is only a
 * signed pointer to a SignInSession row, which sign-out, "sign out everywhere else", a password
 * change or the account's deletion end. A cookie without a session id (older tokens) is refused.
 */
export const getCurrentSession = cache(async (): Promise<ActiveSession | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  const sessionId = session?.sessionId;
  if (!userId || !sessionId) return null;
  return getActiveSession({ sessionId, userId });
});

/** The signed-in user (see getCurrentSession), or null — also while the second factor is awaited. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getCurrentSession();
  return session && !session.needsSecondFactor ? session.user : null;
});

/** A session that signed in with a password or SSO and waits for its second factor, or null. */
export async function getSessionAwaitingSecondFactor(): Promise<ActiveSession | null> {
  const session = await getCurrentSession();
  return session?.needsSecondFactor ? session : null;
}

export const TWO_FACTOR_PAGE = '/sign-in/two-factor';

/** For pages: the user, or a redirect to sign-in that comes back to this page afterwards. */
export async function requirePageUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const path = safeRedirectPath((await headers()).get(REQUEST_PATH_HEADER), '');
    const signIn = (await getSessionAwaitingSecondFactor()) ? TWO_FACTOR_PAGE : '/sign-in';
    redirect(path ? `${signIn}?callbackUrl=${encodeURIComponent(path)}` : signIn);
  }
  return user;
}

/** For actions and route handlers: the user, or a 401. */
export async function requireActionUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user) return user;
  if (await getSessionAwaitingSecondFactor()) {
    throw new AppError('unauthorized', 'Enter the code from your authenticator app to finish signing in.');
  }
  throw new AppError('unauthorized', 'Sign in to continue.');
}
