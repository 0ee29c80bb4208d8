import { LiveIndicator } from '@/components/live/live-indicator';
import { LiveProvider } from '@/components/live/live-provider';
import { PageLinks } from '@/components/sources/page-links';
import { SourceLibraryFilters } from '@/components/sources/source-library-filters';
import { SourceLibraryTable } from '@/components/sources/source-library-table';
import { Alert } from '@/components/ui/alert';
import { parseSourceFilters, sourceFiltersQuery, SOURCES_PER_PAGE } from '@/lib/schemas/sources';
import { newestLiveEventId } from '@/lib/server/live/replay';
import { listSourceLibrary } from '@/lib/server/sources/list-sources';
import { requirePageUser } from '@/lib/server/session/current-user';
import { loadWorkspaceForPage } from '@/lib/server/workspaces/load-workspace-for-page';

export const metadata = { title: 'Sources' };

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SourcesPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const { workspace } = await loadWorkspaceForPage(user.id, (await params).workspace);
  const { filters, ignored } = parseSourceFilters(await searchParams);
  // Read before the data: the live stream replays whatever changes after this.
  const since = await newestLiveEventId();
  const library = await listSourceLibrary({ userId: user.id, workspaceId: workspace.id }, filters);
  const basePath = `/w/${workspace.slug}/sources`;
  const first = (library.page - 1) * SOURCES_PER_PAGE + 1;
  return (
    <main className="page">
      <LiveProvider workspace={workspace.slug} since={since}>
        <div className="flex items-center justify-between gap-4">
          <h1 className="text-2xl font-semibold tracking-tight">Sources</h1>
          <LiveIndicator />
        </div>
        <p className="mt-1 text-sm text-muted">
          Every page the desk’s documents cite or its claims rely on, one entry per page, with the health of its link.
        </p>
        {ignored.length > 0 && (
          <Alert tone="info" className="mt-6">
            Some filters in the address were not understood and are ignored: {ignored.join(', ')}.
          </Alert>
        )}
        {library.counts.all === 0 ? (
          <p className="mt-6 text-muted">No sources yet: import a document that cites some, or add evidence to a claim.</p>
        ) : (
          <>
            <SourceLibraryFilters basePath={basePath} filters={filters} counts={library.counts} />
            <p className="mt-4 text-sm text-muted" aria-live="polite">
              {library.total === 0
                ? 'No sources match.'
                : library.rows.length === 0
                  ? `No sources on page ${library.page}.`
                  : `${first}–${first + library.rows.length - 1} of ${library.total} ${library.total === 1 ? 'source' : 'sources'}`}
            </p>
            {library.rows.length > 0 && <SourceLibraryTable workspace={workspace.slug} rows={library.rows} />}
            <PageLinks
              page={library.page}
              pageCount={library.pageCount}
              href={(page) => `${basePath}${sourceFiltersQuery({ ...filters, page })}`}
            />
          </>
        )}
      </LiveProvider>
    </main>
  );
}
