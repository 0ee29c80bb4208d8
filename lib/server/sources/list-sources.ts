import 'server-only';
import { getDb } from '@/lib/db';
import type { LinkStatus } from '@/lib/generated/prisma/enums';
import type { Prisma } from '@/lib/generated/prisma/client';
import { SOURCES_PER_PAGE, type SourceStatusFilter, type TSourceFilters } from '@/lib/schemas/sources';

type Scope = { userId: string; workspaceId: string };

const SELECT = {
  id: true,
  url: true,
  domain: true,
  title: true,
  linkStatus: true,
  lastCheckedAt: true,
  statusChangedAt: true,
  _count: { select: { evidence: true, documents: true } },
} as const;

/** The link status each library filter shows ("dead" is a gone link); "all" shows every one. */
const STATUS_OF: Record<Exclude<SourceStatusFilter, 'all'>, LinkStatus> = {
  dead: 'gone',
  changed: 'changed',
  redirected: 'redirected',
  unchecked: 'unchecked',
  alive: 'alive',
};

// Authorization in the query: a non-member's workspace has no sources.
const inWorkspace = ({ userId, workspaceId }: Scope) => ({ workspaceId, workspace: { memberships: { some: { userId } } } });

const ORDER: Record<TSourceFilters['sort'], Prisma.SourceOrderByWithRelationInput[]> = {
  relied: [{ evidence: { _count: 'desc' } }, { domain: 'asc' }, { id: 'asc' }],
  checked: [{ lastCheckedAt: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
  changed: [{ statusChangedAt: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
};

type Row = Prisma.SourceGetPayload<{ select: typeof SELECT }>;
const flatten = ({ _count, ...source }: Row) => ({ ...source, claims: _count.evidence, documents: _count.documents });

/** The workspace's sources, most relied on first: how many claims use each and how many documents cite it (the API's list). */
export async function listSources(scope: Scope) {
  const sources = await getDb().source.findMany({ where: inWorkspace(scope), select: SELECT, orderBy: ORDER.relied, take: 500 });
  return sources.map(flatten);
}

/** How many of the workspace's sources each library filter shows. */
export async function countSourcesByFilter(scope: Scope): Promise<Record<SourceStatusFilter, number>> {
  const groups = await getDb().source.groupBy({ by: ['linkStatus'], where: inWorkspace(scope), _count: { _all: true } });
  const of = (status: LinkStatus) => groups.find((group) => group.linkStatus === status)?._count._all ?? 0;
  return {
    all: groups.reduce((sum, group) => sum + group._count._all, 0),
    dead: of('gone'),
    changed: of('changed'),
    redirected: of('redirected'),
    unchecked: of('unchecked'),
    alive: of('alive'),
  };
}

/** One page of the source library: the sources the filter shows, in the chosen order, with the counts of every filter. */
export async function listSourceLibrary(scope: Scope, filters: TSourceFilters) {
  const where = filters.status === 'all' ? inWorkspace(scope) : { ...inWorkspace(scope), linkStatus: STATUS_OF[filters.status] };
  const [sources, counts] = await Promise.all([
    getDb().source.findMany({
      where,
      select: SELECT,
      orderBy: ORDER[filters.sort],
      take: SOURCES_PER_PAGE,
      skip: (filters.page - 1) * SOURCES_PER_PAGE,
    }),
    countSourcesByFilter(scope),
  ]);
  const total = counts[filters.status];
  return { rows: sources.map(flatten), counts, total, page: filters.page, pageCount: Math.max(1, Math.ceil(total / SOURCES_PER_PAGE)) };
}

export type SourceLibraryRow = Awaited<ReturnType<typeof listSourceLibrary>>['rows'][number];
