import Link from 'next/link';
import { can } from '@/lib/permissions';
import { getPublishingProfile } from '@/lib/server/publishing/get-publishing-profile';
import { requirePageUser } from '@/lib/server/session/current-user';
import { getWorkspaceSettings } from '@/lib/server/workspaces/get-workspace-settings';
import { loadWorkspaceForPage } from '@/lib/server/workspaces/load-workspace-for-page';
import { RequireTwoFactorForm } from './require-two-factor-form';
import { PublishingForm } from './publishing-form';
import { DeleteWorkspaceForm, RenameWorkspaceForm } from './settings-forms';

export const metadata = { title: 'Workspace settings' };

export default async function SettingsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const user = await requirePageUser();
  const { workspace, role } = await loadWorkspaceForPage(user.id, (await params).workspace);
  const canPublish = can(role, 'publishing.manage');
  if (!can(role, 'workspace.manage') && !canPublish) {
    return (
      <main className="page page-text">
        <h1 className="text-2xl font-semibold tracking-tight">Workspace settings</h1>
        <p className="mt-4 text-muted">Only owners and editors can change the settings of {workspace.name}.</p>
      </main>
    );
  }
  const publishing = await getPublishingProfile(workspace.id);
  const publishingSection = (
    <section id="publishing" className="mt-12" aria-labelledby="publishing-heading">
      <h2 id="publishing-heading" className="text-lg font-semibold">
        Publishing
      </h2>
      <p className="mt-1 mb-4 text-sm text-muted">
        How ClaimReview exports (schema.org markup for search engines) name your organisation, link each fact check and rate each verdict.
      </p>
      <PublishingForm profile={publishing?.profile ?? null} version={publishing?.version ?? 0} />
    </section>
  );
  if (!can(role, 'workspace.manage')) {
    return (
      <main className="page page-text">
        <h1 className="text-2xl font-semibold tracking-tight">Workspace settings</h1>
        <p className="mt-4 text-muted">Only owners can rename or delete {workspace.name}.</p>
        {publishingSection}
      </main>
    );
  }
  const settings = await getWorkspaceSettings(workspace.id);
  return (
    <main className="page page-text">
      <h1 className="text-2xl font-semibold tracking-tight">Workspace settings</h1>
      <section className="mt-8">
        <RenameWorkspaceForm name={settings.name} version={settings.version} />
      </section>
      <section className="mt-10">
        <h2 className="text-lg font-semibold">Two-factor authentication</h2>
        <RequireTwoFactorForm required={settings.requireTwoFactor} />
      </section>
      {publishingSection}
      <section className="mt-12" aria-labelledby="webhooks-heading">
        <h2 id="webhooks-heading" className="text-lg font-semibold">
          Webhooks
        </h2>
        <p className="mt-1 text-sm text-muted">
          Send this workspace’s events (verdicts, source changes, imports) to other tools.{' '}
          <Link href={`/w/${workspace.slug}/settings/webhooks`} className="font-medium text-accent-strong hover:underline">
            Manage webhooks
          </Link>
        </p>
      </section>
      <section className="mt-12 rounded-xl border border-red-200 bg-white p-5">
        <h2 className="text-lg font-semibold text-danger">Delete this workspace</h2>
        <p className="mt-1 text-sm text-muted">
          Deletes its documents, annotations, claims, sources, members and history for everyone. This cannot be undone.
        </p>
        <DeleteWorkspaceForm />
      </section>
    </main>
  );
}
