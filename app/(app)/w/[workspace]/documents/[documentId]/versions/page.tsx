import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { trimToChanges } from '@/lib/diff/text-diff';
import { getDocumentOrThrow } from '@/lib/server/documents/get-document';
import { listVersions } from '@/lib/server/documents/list-versions';
import { orNotFound } from '@/lib/server/pages/or-not-found';
import { requirePageUser } from '@/lib/server/session/current-user';
import { loadWorkspaceForPage } from '@/lib/server/workspaces/load-workspace-for-page';
import { VersionDiff } from './version-diff';
import { compareTexts } from '@/lib/server/work/heavy-jobs';

export const metadata = { title: 'Versions' };

const ORIGIN_LABEL: Record<string, string> = {
  paste: 'pasted',
  file: 'imported from a file',
  url: 'imported from the web',
  edit: 'edited',
  reimport: 'imported again',
  seed: 'demo content',
};

type Props = {
  params: Promise<{ workspace: string; documentId: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
};

export default async function VersionsPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const { workspace: slug, documentId } = await params;
  const { workspace } = await loadWorkspaceForPage(user.id, slug);
  const document = await orNotFound(getDocumentOrThrow({ userId: user.id, workspaceId: workspace.id, documentId }));
  const versions = await listVersions({ userId: user.id, workspaceId: workspace.id, documentId });
  const query = await searchParams;
  const byNumber = (value: string | undefined, fallback: number) =>
    versions.find((version) => version.number === Number(value ?? fallback));
  const to = byNumber(query.to, versions[0]!.number);
  const from = byNumber(query.from, (to?.number ?? 1) - 1);
  const comparison = from && to && from.number !== to.number ? await compareTexts(from.plainText, to.plainText) : null;

  return (
    <main className="page">
      <Breadcrumbs
        items={[
          { href: `/w/${workspace.slug}`, label: workspace.name },
          { href: `/w/${workspace.slug}/documents/${document.id}`, label: document.title },
        ]}
      />
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">Versions</h1>
      <ol className="mt-6 divide-y divide-rule rounded-xl border border-rule bg-white" aria-label="Versions">
        {versions.map((version) => (
          <li key={version.id} className="flex flex-wrap items-baseline justify-between gap-2 px-5 py-3 text-sm">
            <span>
              <strong>Version {version.number}</strong>{' '}
              <span className="text-muted">· {ORIGIN_LABEL[version.origin] ?? version.origin}</span>
              {version.summary && <> — {version.summary}</>}
            </span>
            <span className="text-muted">
              {version.createdBy?.name ?? version.createdBy?.email ?? 'Someone'} ·{' '}
              {version.createdAt.toLocaleString('en-GB', {
                day: 'numeric',
                month: 'short',
                year: 'numeric',
                hour: '2-digit',
                minute: '2-digit',
              })}
            </span>
          </li>
        ))}
      </ol>

      {versions.length > 1 && (
        <section className="mt-10" aria-labelledby="compare">
          <h2 id="compare" className="text-lg font-semibold">
            Compare
          </h2>
          <form className="mt-3 flex flex-wrap items-end gap-3 text-sm">
            {(['from', 'to'] as const).map((name) => (
              <SelectField
                key={name}
                label={name === 'from' ? 'From version' : 'To version'}
                name={name}
                defaultValue={(name === 'from' ? from : to)?.number}
                options={versions.map((version) => ({ value: String(version.number), label: String(version.number) }))}
              />
            ))}
            <Button type="submit" variant="secondary">
              Show changes
            </Button>
          </form>
          {comparison && from && to && (
            <VersionDiff
              from={from.number}
              to={to.number}
              added={comparison.added}
              removed={comparison.removed}
              pieces={trimToChanges(comparison.segments)}
            />
          )}
        </section>
      )}
    </main>
  );
}
