import 'server-only';
import { getDb } from '@/lib/db';

export async function updateProfile({ userId, name }: { userId: string; name: string }) {
  await getDb().user.update({ where: { id: userId }, data: { name } });
}
