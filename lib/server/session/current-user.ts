import 'server-only';
import { cache } from 'react';
import { redirect } from 'next/navigation';
import { auth } from '@/auth';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';

export type CurrentUser = { id: string; email: string; name: string | null };

/** The signed-in user, checked against the database (a token can outlive its account). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return getDb().user.findUnique({ where: { id }, select: { id: true, email: true, name: true } });
});

/** For pages: the user, or a redirect to sign-in. */
export async function requirePageUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  return user;
}

/** For actions and route handlers: the user, or a 401. */
export async function requireActionUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError('unauthorized', 'Sign in to continue.');
  return user;
}
