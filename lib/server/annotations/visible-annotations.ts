import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';

/** The annotations `userId` may see: shared ones and their own private notes (for lists and counts). */
export function visibleAnnotations(userId: string): Prisma.AnnotationWhereInput {
  return { OR: [{ visibility: 'shared' }, { authorId: userId }] };
}
