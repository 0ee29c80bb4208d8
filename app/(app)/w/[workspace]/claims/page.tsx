import { ClaimBoard } from '@/components/claims/claim-board';
import { ClaimExportForm } from '@/components/claims/claim-export-form';
import { LiveIndicator } from '@/components/live/live-indicator';
import { LiveProvider } from '@/components/live/live-provider';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { parseClaimFilters } from '@/lib/schemas/claim-filters';
import { listClaims } from '@/lib/server/claims/list-claims';
import { newestLiveEventId } from '@/lib/server/live/replay';
import { listMembers } from '@/lib/server/members/list-members';
import { requirePageUser } from '@/lib/server/session/current-user';
import { listTags } from '@/lib/server/tags/list-tags';
import { loadWorkspaceForPage } from '@/lib/server/workspaces/load-workspace-for-page';

export const metadata = { title: 'Claims' };

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ClaimsPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const { workspace } = await loadWorkspaceForPage(user.id, (await params).workspace);
  const { filters, ignored } = parseClaimFilters(await searchParams);
  const scope = { userId: user.id, workspaceId: workspace.id };
  // Read before the data: the live stream replays whatever changes after this.
  const since = await newestLiveEventId();
  const [board, tags, members] = await Promise.all([listClaims(scope, filters), listTags(scope), listMembers(scope)]);
  return (
    <main className="page">
      <LiveProvider workspace={workspace.slug} since={since}>
        <div className="flex items-center justify-between gap-4">
          <Breadcrumbs items={[{ href: `/w/${workspace.slug}`, label: workspace.name }]} />
          <LiveIndicator />
        </div>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">Claims</h1>
        <p className="mt-1 text-sm text-muted">Every claim and figure marked in the workspace’s documents.</p>
        <ClaimBoard
          basePath={`/w/${workspace.slug}/claims`}
          board={board}
          filters={filters}
          ignored={ignored}
          tags={tags}
          members={members}
        />
        <ClaimExportForm filters={filters} />
      </LiveProvider>
    </main>
  );
}
