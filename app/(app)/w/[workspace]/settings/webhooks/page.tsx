import Link from 'next/link';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { can } from '@/lib/permissions';
import { listWebhooks } from '@/lib/server/webhooks/get-webhook';
import { requirePageUser } from '@/lib/server/session/current-user';
import { loadWorkspaceForPage } from '@/lib/server/workspaces/load-workspace-for-page';
import { WebhookForm } from './webhook-form';

export const metadata = { title: 'Webhooks' };

export default async function WebhooksPage({ params }: { params: Promise<{ workspace: string }> }) {
  const user = await requirePageUser();
  const { workspace, role } = await loadWorkspaceForPage(user.id, (await params).workspace);
  const base = `/w/${workspace.slug}/settings`;
  const crumbs = (
    <Breadcrumbs
      items={[
        { href: `/w/${workspace.slug}`, label: workspace.name },
        { href: base, label: 'Settings' },
      ]}
    />
  );
  if (!can(role, 'webhooks.manage')) {
    return (
      <main className="page page-text">
        {crumbs}
        <h1 className="text-2xl font-semibold tracking-tight">Webhooks</h1>
        <p className="mt-4 text-muted">Only owners can manage the webhooks of {workspace.name}.</p>
      </main>
    );
  }
  const webhooks = await listWebhooks({ workspaceId: workspace.id });
  return (
    <main className="page page-text">
      {crumbs}
      <h1 className="text-2xl font-semibold tracking-tight">Webhooks</h1>
      <p className="mt-1 text-sm text-muted">
        Margin tells other tools what happens in {workspace.name} — verdicts proposed and reviewed, sources that changed or went, documents
        imported — by POSTing signed JSON to their address. The Guide’s “Webhooks” section shows how to verify the signature.
      </p>
      {webhooks.length === 0 ? (
        <p className="mt-6 text-muted">No webhooks yet.</p>
      ) : (
        <ul className="mt-6 divide-y divide-rule rounded-xl border border-rule bg-white" aria-label="Webhooks">
          {webhooks.map((webhook) => (
            <li key={webhook.id} className="flex flex-wrap items-center justify-between gap-3 px-5 py-3">
              <div className="min-w-0">
                <Link href={`${base}/webhooks/${webhook.id}`} className="font-medium break-all hover:underline">
                  {webhook.url}
                </Link>
                <p className="text-sm text-muted">
                  {webhook.description && `${webhook.description} · `}
                  {webhook.events.length} event{webhook.events.length === 1 ? '' : 's'}
                </p>
              </div>
              <span className={webhook.enabled ? 'text-sm text-muted' : 'text-sm text-danger'}>
                {webhook.enabled ? 'Active' : webhook.disabledReason ? 'Turned off by Margin' : 'Off'}
              </span>
            </li>
          ))}
        </ul>
      )}
      <section className="mt-10" aria-labelledby="add-webhook">
        <h2 id="add-webhook" className="text-lg font-semibold">
          Add a webhook
        </h2>
        <div className="mt-4">
          <WebhookForm />
        </div>
      </section>
    </main>
  );
}
