import Link from 'next/link';
import { LiveIndicator } from '@/components/live/live-indicator';
import { LiveProvider } from '@/components/live/live-provider';
import { ArchiveLinks } from '@/components/sources/archive-links';
import { CaptureHistory } from '@/components/sources/capture-history';
import { SourceCheckButtons } from '@/components/sources/source-check-buttons';
import { SourceEvidenceList } from '@/components/sources/source-evidence-list';
import { SourceHealth } from '@/components/sources/source-health';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { can } from '@/lib/permissions';
import { newestLiveEventId } from '@/lib/server/live/replay';
import { orNotFound } from '@/lib/server/pages/or-not-found';
import { getSource } from '@/lib/server/sources/get-source';
import { requirePageUser } from '@/lib/server/session/current-user';
import { loadWorkspaceForPage } from '@/lib/server/workspaces/load-workspace-for-page';

export default async function SourcePage({ params }: { params: Promise<{ workspace: string; sourceId: string }> }) {
  const user = await requirePageUser();
  const { workspace: slug, sourceId } = await params;
  const { workspace, role } = await loadWorkspaceForPage(user.id, slug);
  // Read before the data: the live stream replays whatever changes after this.
  const since = await newestLiveEventId();
  const source = await orNotFound(getSource({ userId: user.id, workspaceId: workspace.id, sourceId }));
  const base = `/w/${workspace.slug}/sources/${source.id}`;
  const latest = source.captures.find((capture) => !capture.error) ?? null;
  return (
    <main className="page">
      <LiveProvider workspace={workspace.slug} since={since}>
        <div className="flex items-center justify-between gap-4">
          <Breadcrumbs items={[{ href: `/w/${workspace.slug}/sources`, label: 'Sources' }]} />
          <LiveIndicator />
        </div>
        <h1 className="mt-4 text-2xl font-semibold tracking-tight">{source.title ?? source.domain}</h1>
        <a
          href={source.url}
          target="_blank"
          rel="noopener noreferrer nofollow"
          className="mt-1 block break-all text-sm text-accent-strong underline"
        >
          {source.url}
        </a>
        <SourceHealth source={source} finalUrl={latest?.finalUrl ?? null} />
        <div className="mt-4 flex flex-wrap items-start justify-between gap-4">
          <ArchiveLinks url={source.url} />
          {can(role, 'source.check') && <SourceCheckButtons sourceId={source.id} />}
        </div>

        <h2 className="mt-8 font-medium">Captures ({source.captures.length})</h2>
        <p className="text-sm text-muted">
          Margin’s own copies of the page, kept as history.{' '}
          {latest?.hasText && (
            <Link href={`${base}/captures/${latest.id}`} className="underline underline-offset-2">
              Read the latest
            </Link>
          )}
        </p>
        <CaptureHistory base={base} captures={source.captures} />

        <h2 className="mt-8 font-medium">Claims relying on it ({source.evidence.length})</h2>
        <SourceEvidenceList workspace={workspace.slug} source={source} />

        <h2 className="mt-8 font-medium">Cited by ({source.documents.length})</h2>
        {source.documents.length === 0 && <p className="mt-2 text-sm text-muted">No document cites it.</p>}
        <ul className="mt-2 list-disc pl-5 text-sm">
          {source.documents.map(({ document }) => (
            <li key={document.id}>
              <Link href={`/w/${workspace.slug}/documents/${document.id}`} className="underline underline-offset-2">
                {document.title}
              </Link>
            </li>
          ))}
        </ul>
      </LiveProvider>
    </main>
  );
}
