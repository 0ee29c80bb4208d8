import type { Metadata } from 'next';
import { ClaimBoard } from '@/components/claims/claim-board';
import { ClaimExportForm } from '@/components/claims/claim-export-form';
import { ClaimProgress } from '@/components/claims/claim-progress';
import { LiveIndicator } from '@/components/live/live-indicator';
import { LiveProvider } from '@/components/live/live-provider';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { parseClaimFilters } from '@/lib/schemas/claim-filters';
import { getClaimProgress } from '@/lib/server/claims/get-claim-progress';
import { listClaims } from '@/lib/server/claims/list-claims';
import { newestLiveEventId } from '@/lib/server/live/replay';
import { listMembers } from '@/lib/server/members/list-members';
import { orNotFound } from '@/lib/server/pages/or-not-found';
import { requirePageUser } from '@/lib/server/session/current-user';
import { listTags } from '@/lib/server/tags/list-tags';
import { loadWorkspaceForPage } from '@/lib/server/workspaces/load-workspace-for-page';

type Props = {
  params: Promise<{ workspace: string; documentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: 'Claims of the document' };

export default async function DocumentClaimsPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const { workspace: slug, documentId } = await params;
  const { workspace } = await loadWorkspaceForPage(user.id, slug);
  const parsed = parseClaimFilters(await searchParams);
  const filters = { sort: 'document' as const, ...parsed.filters };
  const ignored = parsed.ignored;
  const scope = { userId: user.id, workspaceId: workspace.id };
  // Read before the data: the live stream replays whatever changes after this.
  const since = await newestLiveEventId();
  // The board answers "not found" for another workspace's document, before anything else loads.
  const board = await orNotFound(listClaims({ ...scope, documentId }, filters));
  const [progress, tags, members] = await Promise.all([getClaimProgress({ ...scope, documentId }), listTags(scope), listMembers(scope)]);
  const basePath = `/w/${workspace.slug}/documents/${documentId}/claims`;
  return (
    <main className="page">
      {/* The workspace's stream: a board is not "having the document open" (presence). */}
      <LiveProvider workspace={workspace.slug} onlyDocumentId={documentId} since={since}>
        <div className="flex items-center justify-between gap-4">
          <Breadcrumbs
            items={[
              { href: `/w/${workspace.slug}`, label: workspace.name },
              { href: `/w/${workspace.slug}/documents/${documentId}`, label: board.document?.title ?? 'Document' },
            ]}
          />
          <LiveIndicator />
        </div>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">Claims of “{board.document?.title}”</h1>
        <ClaimProgress progress={progress} className="mt-6" />
        <ClaimBoard basePath={basePath} board={board} filters={filters} ignored={ignored} tags={tags} members={members} />
        <ClaimExportForm documentId={documentId} filters={filters} />
      </LiveProvider>
    </main>
  );
}
