import 'server-only';
import { cache } from 'react';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { auth } from '@/auth';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { safeRedirectPath } from '@/lib/safe-redirect';
import { REQUEST_PATH_HEADER } from '@/lib/request-path';

export type CurrentUser = { id: string; email: string; name: string | null };

/** The signed-in user, checked against the database (a token can outlive its account). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return getDb().user.findUnique({ where: { id }, select: { id: true, email: true, name: true } });
});

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
