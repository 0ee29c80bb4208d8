import { LiveIndicator } from '@/components/live/live-indicator';
import { LiveProvider } from '@/components/live/live-provider';
import { MyWorkSection, proposedLine, sentBackLine } from '@/components/my-work/my-work-section';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { newestLiveEventId } from '@/lib/server/live/replay';
import { listMyWork } from '@/lib/server/my-work/list-my-work';
import { requirePageUser } from '@/lib/server/session/current-user';
import { loadWorkspaceForPage } from '@/lib/server/workspaces/load-workspace-for-page';

export const metadata = { title: 'My work' };

/** What waits for the signed-in member in this workspace; read again when a change arrives live. */
export default async function MyWorkPage({ params }: { params: Promise<{ workspace: string }> }) {
  const user = await requirePageUser();
  const { workspace, role } = await loadWorkspaceForPage(user.id, (await params).workspace);
  // Read before the data: the live stream replays whatever changes after this.
  const since = await newestLiveEventId();
  const work = await listMyWork({ userId: user.id, workspaceId: workspace.id, role });
  const common = { workspace: workspace.slug };
  return (
    <main className="page">
      <LiveProvider workspace={workspace.slug} since={since}>
        <div className="flex items-center justify-between gap-4">
          <Breadcrumbs items={[{ href: `/w/${workspace.slug}`, label: workspace.name }]} />
          <LiveIndicator />
        </div>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">My work</h1>
        <p className="mt-1 text-sm text-muted">Claims waiting for you in this workspace.</p>
        <MyWorkSection
          {...common}
          id="my-assigned"
          title="Assigned to me"
          empty="No claim is assigned to you."
          section={work.assigned}
          detail={() => null}
        />
        <MyWorkSection
          {...common}
          id="my-reviews"
          title="Reviews waiting for me"
          empty="No verdict waits for your review."
          section={work.reviews}
          detail={proposedLine(user.id)}
        />
        <MyWorkSection
          {...common}
          id="my-sent-back"
          title="My proposals sent back"
          empty="None of your verdicts was sent back."
          section={work.sentBack}
          detail={sentBackLine}
        />
      </LiveProvider>
    </main>
  );
}
