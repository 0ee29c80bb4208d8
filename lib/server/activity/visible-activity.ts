import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * The Activity rows `userId` may see: every member's, and those kept for them alone (their
 * private annotations and their discussion). Every read of Activity goes through it, in SQL.
 */
export function visibleActivity(userId: string): Prisma.ActivityWhereInput {
  return { OR: [{ visibleToId: null }, { visibleToId: userId }] };
}
