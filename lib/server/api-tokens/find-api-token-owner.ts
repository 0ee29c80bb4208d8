import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';

/** Whose token this is, for revoking it from the command line as its owner would. */
export async function findApiTokenOwner(tokenId: string) {
  const token = await getDb().apiToken.findUnique({ where: { id: tokenId }, select: { userId: true } });
  if (!token) throw notFound('This token');
  return token.userId;
}
