import Link from 'next/link';
import { STANCE_LABELS, STATUS_LABELS, VERDICT_LABELS } from '@/lib/claims/labels';
import { orNotFound } from '@/lib/server/pages/or-not-found';
import { getSource } from '@/lib/server/sources/get-source';
import { requirePageUser } from '@/lib/server/session/current-user';
import { loadWorkspaceForPage } from '@/lib/server/workspaces/load-workspace-for-page';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';

export default async function SourcePage({ params }: { params: Promise<{ workspace: string; sourceId: string }> }) {
  const user = await requirePageUser();
  const { workspace: slug, sourceId } = await params;
  const { workspace } = await loadWorkspaceForPage(user.id, slug);
  const source = await orNotFound(getSource({ userId: user.id, workspaceId: workspace.id, sourceId }));
  const documentHref = (documentId: string) => `/w/${workspace.slug}/documents/${documentId}`;
  return (
    <main className="mx-auto max-w-3xl px-6 py-10">
      <Breadcrumbs items={[{ href: `/w/${workspace.slug}/sources`, label: 'Sources' }]} />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">{source.title ?? source.domain}</h1>
      <a href={source.url} target="_blank" rel="noopener noreferrer nofollow" className="mt-1 block break-all text-sm text-accent-strong underline">
        {source.url}
      </a>

      <h2 className="mt-8 font-medium">Claims relying on it ({source.evidence.length})</h2>
      {source.evidence.length === 0 && <p className="mt-2 text-sm text-muted">No claim relies on this source yet.</p>}
      <ul className="mt-3 space-y-3" aria-label="Claims relying on this source">
        {source.evidence.map(({ id, stance, quote, claim }) => (
          <li key={id} className="rounded-lg border border-rule bg-white p-3 text-sm">
            <p>
              <span className="mr-2 text-xs font-semibold uppercase">{STANCE_LABELS[stance]}</span>
              <Link href={`${documentHref(claim.annotation.documentId)}?annotation=${claim.annotation.id}`} className="font-reading text-base underline underline-offset-2">
                {claim.statement}
              </Link>
            </p>
            <p className="mt-1 text-xs text-muted">
              {STATUS_LABELS[claim.status]}
              {claim.verdict && ` · ${claim.status === 'reviewed' ? '' : 'proposed '}${VERDICT_LABELS[claim.verdict]}`} · in {claim.annotation.document.title}
            </p>
            {quote && <blockquote className="mt-2 border-l-2 border-rule pl-2 font-reading italic">{quote}</blockquote>}
          </li>
        ))}
      </ul>

      <h2 className="mt-8 font-medium">Cited by ({source.documents.length})</h2>
      <ul className="mt-2 list-disc pl-5 text-sm">
        {source.documents.map(({ document }) => (
          <li key={document.id}>
            <Link href={documentHref(document.id)} className="underline underline-offset-2">
              {document.title}
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
