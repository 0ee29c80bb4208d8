import Link from 'next/link';
import { listSources } from '@/lib/server/sources/list-sources';
import { requirePageUser } from '@/lib/server/session/current-user';
import { loadWorkspaceForPage } from '@/lib/server/workspaces/load-workspace-for-page';

export const metadata = { title: 'Sources' };

export default async function SourcesPage({ params }: { params: Promise<{ workspace: string }> }) {
  const user = await requirePageUser();
  const { workspace } = await loadWorkspaceForPage(user.id, (await params).workspace);
  const sources = await listSources({ userId: user.id, workspaceId: workspace.id });
  return (
    <main className="mx-auto max-w-4xl px-6 py-10">
      <h1 className="text-2xl font-semibold tracking-tight">Sources</h1>
      <p className="mt-1 text-sm text-muted">Every page the desk’s documents cite or its claims rely on, one entry per page.</p>
      {sources.length === 0 ? (
        <p className="mt-6 text-muted">No sources yet: import a document that cites some, or add evidence to a claim.</p>
      ) : (
        <table className="mt-6 w-full text-left text-sm" aria-label="Sources">
          <thead className="text-xs uppercase tracking-wide text-muted">
            <tr>
              <th className="py-2 pr-4 font-medium">Source</th>
              <th className="py-2 pr-4 font-medium">Claims relying on it</th>
              <th className="py-2 font-medium">Cited by documents</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-rule">
            {sources.map((source) => (
              <tr key={source.id}>
                <td className="py-2 pr-4">
                  <Link href={`/w/${workspace.slug}/sources/${source.id}`} className="font-medium underline underline-offset-2">
                    {source.title ?? source.domain}
                  </Link>
                  <span className="block break-all text-xs text-muted">{source.url}</span>
                </td>
                <td className="py-2 pr-4 tabular-nums">{source.claims}</td>
                <td className="py-2 tabular-nums">{source.documents}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
