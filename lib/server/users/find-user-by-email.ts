import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';

/** The account of an email address (whatever its case), for the command line's token tools. */
export async function findUserByEmail(email: string) {
  const user = await getDb().user.findFirst({
    where: { email: { equals: email.trim(), mode: 'insensitive' } },
    select: { id: true, email: true },
  });
  if (!user) throw notFound(`An account for ${email}`);
  return user;
}
