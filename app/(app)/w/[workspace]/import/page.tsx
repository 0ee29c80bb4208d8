import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { SUPPORTED_EXTENSIONS } from '@/lib/import/extensions';
import { can } from '@/lib/permissions';
import { requirePageUser } from '@/lib/server/session/current-user';
import { loadWorkspaceForPage } from '@/lib/server/workspaces/load-workspace-for-page';
import { FileImportForm } from '@/components/import/file-import-form';
import { PasteImportForm, UrlImportForm } from './import-forms';

export const metadata = { title: 'Import an article' };

export default async function ImportPage({ params }: { params: Promise<{ workspace: string }> }) {
  const user = await requirePageUser();
  const { workspace, role } = await loadWorkspaceForPage(user.id, (await params).workspace);
  return (
    <main className="page page-text">
      <Breadcrumbs items={[{ href: `/w/${workspace.slug}`, label: workspace.name }]} />
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">Import an article</h1>
      {!can(role, 'document.import') ? (
        <p className="mt-4 text-muted">Only owners and editors can import articles into {workspace.name}.</p>
      ) : (
        <div className="mt-8 flex flex-col gap-10">
          <section aria-labelledby="import-file">
            <h2 id="import-file" className="text-lg font-semibold">
              From a file
            </h2>
            <p className="mt-1 text-sm text-muted">{SUPPORTED_EXTENSIONS.join(' ')} — up to 50 MB.</p>
            <FileImportForm accept={SUPPORTED_EXTENSIONS.join(',')} />
          </section>
          <section aria-labelledby="import-url">
            <h2 id="import-url" className="text-lg font-semibold">
              From a web page
            </h2>
            <UrlImportForm />
          </section>
          <section aria-labelledby="import-paste">
            <h2 id="import-paste" className="text-lg font-semibold">
              Paste text
            </h2>
            <PasteImportForm />
          </section>
        </div>
      )}
    </main>
  );
}
