import Link from 'next/link';
import { LiveIndicator } from '@/components/live/live-indicator';
import { LiveProvider } from '@/components/live/live-provider';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { Button } from '@/components/ui/button';
import { can } from '@/lib/permissions';
import { listDocuments } from '@/lib/server/documents/list-documents';
import { newestLiveEventId } from '@/lib/server/live/replay';
import { requirePageUser } from '@/lib/server/session/current-user';
import { loadWorkspaceForPage } from '@/lib/server/workspaces/load-workspace-for-page';

export default async function WorkspacePage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<{ archived?: string }>;
}) {
  const user = await requirePageUser();
  const archived = (await searchParams).archived === '1';
  const { workspace, role } = await loadWorkspaceForPage(user.id, (await params).workspace);
  // Read before the data: the live stream replays whatever changes after this.
  const since = await newestLiveEventId();
  const documents = await listDocuments({ userId: user.id, workspaceId: workspace.id, archived });
  return (
    <main className="page page-text">
      <LiveProvider workspace={workspace.slug} since={since}>
        <div className="flex items-center justify-between gap-4">
          <Breadcrumbs items={[{ href: '/w', label: 'Workspaces' }]} />
          <LiveIndicator />
        </div>
        <div className="mt-1 flex items-center justify-between gap-4">
          <h1 className="text-2xl font-semibold tracking-tight">{workspace.name}</h1>
          {can(role, 'document.import') && (
            <Button asChild>
              <Link href={`/w/${workspace.slug}/import`}>Import an article</Link>
            </Button>
          )}
        </div>
        <div className="mt-8 flex items-baseline justify-between gap-4">
          <h2 className="text-sm font-medium uppercase tracking-wide text-muted">{archived ? 'Archived documents' : 'Documents'}</h2>
          <nav aria-label="Which documents" className="flex gap-3 text-sm">
            <Link
              href={`/w/${workspace.slug}`}
              aria-current={archived ? undefined : 'page'}
              className={archived ? 'text-muted' : 'font-medium'}
            >
              In use
            </Link>
            <Link
              href={`/w/${workspace.slug}?archived=1`}
              aria-current={archived ? 'page' : undefined}
              className={archived ? 'font-medium' : 'text-muted'}
            >
              Archived
            </Link>
          </nav>
        </div>
        {documents.length === 0 ? (
          <p className="mt-3 text-muted">{archived ? 'No archived documents.' : 'No documents yet.'}</p>
        ) : (
          <ul className="mt-3 divide-y divide-rule rounded-xl border border-rule bg-white">
            {documents.map((document) => (
              <li key={document.id}>
                <Link href={`/w/${workspace.slug}/documents/${document.id}`} className="block px-5 py-4 hover:bg-stone-50">
                  <span className="font-reading text-lg">{document.title}</span>
                  <span className="mt-1 block text-sm text-muted">
                    {document.versionCount} {document.versionCount === 1 ? 'version' : 'versions'} · updated{' '}
                    {document.updatedAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </LiveProvider>
    </main>
  );
}
