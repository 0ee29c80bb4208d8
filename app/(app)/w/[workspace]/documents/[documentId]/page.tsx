import type { Metadata } from 'next';
import { DocumentText } from '@/components/document/document-text';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { getDocumentOrThrow } from '@/lib/server/documents/get-document';
import { orNotFound } from '@/lib/server/pages/or-not-found';
import { requirePageUser } from '@/lib/server/session/current-user';
import { loadWorkspaceForPage } from '@/lib/server/workspaces/load-workspace-for-page';

type Params = { params: Promise<{ workspace: string; documentId: string }> };

async function loadDocument({ params }: Params) {
  const user = await requirePageUser();
  const { workspace: slug, documentId } = await params;
  const { workspace } = await loadWorkspaceForPage(user.id, slug);
  const document = await orNotFound(getDocumentOrThrow({ userId: user.id, workspaceId: workspace.id, documentId }));
  return { workspace, document };
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const { document } = await loadDocument(props);
  return { title: document.title };
}

export default async function DocumentPage(props: Params) {
  const { workspace, document } = await loadDocument(props);
  return (
    <main className="mx-auto max-w-[44rem] px-6 py-10">
      <Breadcrumbs
        items={[
          { href: '/w', label: 'Workspaces' },
          { href: `/w/${workspace.slug}`, label: workspace.name },
        ]}
      />
      <header className="mt-6 mb-10 border-b border-rule pb-6">
        <h1 className="font-reading text-4xl leading-tight tracking-tight">{document.title}</h1>
        <p className="mt-3 text-sm text-muted">
          {document.byline && <>{document.byline} · </>}
          Version {document.version.number} · imported{' '}
          {document.createdAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}
        </p>
      </header>
      <article>
        <DocumentText doc={document.version.content} />
      </article>
    </main>
  );
}
