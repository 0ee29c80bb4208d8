import 'server-only';
import { getDb } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { WorkspaceRole } from '@/lib/generated/prisma/enums';
import { can, PERMISSIONS } from '@/lib/permissions';
import { visibleAnnotations } from '@/lib/server/annotations/visible-annotations';

/** Each section shows at most this many rows (the oldest waiting first), with its full count. */
export const MY_WORK_LIMIT = 50;

const PERSON = { select: { id: true, name: true, email: true } } as const;
const ROW = {
  id: true,
  statement: true,
  status: true,
  verdict: true,
  updatedAt: true,
  proposedAt: true,
  sentBackReason: true,
  sentBackAt: true,
  proposedBy: PERSON,
  requestedReviewerId: true,
  annotation: { select: { id: true, kind: true, document: { select: { id: true, title: true } } } },
} as const satisfies Prisma.ClaimSelect;

const REVIEWER_ROLES = [...PERMISSIONS['claim.review']];

type Scope = { userId: string; workspaceId: string; role: WorkspaceRole };

/**
 * What waits for one member in a workspace: claims assigned to them and not yet proposed, proposed
 * verdicts they are asked to review (by name, or as one of all the reviewers when nobody was
 * chosen; never their own) and their verdicts sent back, with the reason. The membership and the
 * annotation's visibility are part of every query: another workspace's claims and another member's
 * private ones never match.
 */
export async function listMyWork({ userId, workspaceId, role }: Scope) {
  const db = getDb();
  const base: Prisma.ClaimWhereInput = {
    workspaceId,
    workspace: { memberships: { some: { userId } } },
    annotation: visibleAnnotations(userId),
  };
  const sections = {
    assigned: { ...base, assigneeId: userId, status: { in: ['unchecked', 'in_progress'] } },
    reviews: can(role, 'claim.review')
      ? {
          ...base,
          status: 'proposed',
          proposedById: { not: userId },
          OR: [
            { requestedReviewerId: userId },
            { requestedReviewerId: null },
            // the member asked left or may no longer review: the request falls back to everyone
            { requestedReviewer: { memberships: { none: { workspaceId, role: { in: REVIEWER_ROLES } } } } },
          ],
        }
      : null,
    sentBack: { ...base, sentBackToId: userId, status: 'in_progress' },
  } satisfies Record<string, Prisma.ClaimWhereInput | null>;
  const read = async (where: Prisma.ClaimWhereInput | null, orderBy: Prisma.ClaimOrderByWithRelationInput[]) => {
    if (!where) return { rows: [], total: 0 };
    const [rows, total] = await Promise.all([
      db.claim.findMany({ where, orderBy, take: MY_WORK_LIMIT, select: ROW }),
      db.claim.count({ where }),
    ]);
    return { rows, total };
  };
  const [assigned, reviews, sentBack] = await Promise.all([
    read(sections.assigned, [{ updatedAt: 'asc' }, { id: 'asc' }]),
    read(sections.reviews, [{ proposedAt: 'asc' }, { id: 'asc' }]),
    read(sections.sentBack, [{ sentBackAt: 'desc' }, { id: 'asc' }]),
  ]);
  return { assigned, reviews, sentBack };
}

export type MyWork = Awaited<ReturnType<typeof listMyWork>>;
export type MyWorkRow = MyWork['assigned']['rows'][number];
