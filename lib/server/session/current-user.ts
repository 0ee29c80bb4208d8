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

/** The signed-in user (see getCurrentSession), or null. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => (await getCurrentSession())?.user ?? null);

/** For pages: the user, or a redirect to sign-in that comes back to this page afterwards. */
export async function requirePageUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const path = safeRedirectPath((await headers()).get(REQUEST_PATH_HEADER), '');
    redirect(path ? `/sign-in?callbackUrl=${encodeURIComponent(path)}` : '/sign-in');
  }
  return user;
}

/** For actions and route handlers: the user, or a 401. */
export async function requireActionUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError('unauthorized', 'Sign in to continue.');
  return user;
}
