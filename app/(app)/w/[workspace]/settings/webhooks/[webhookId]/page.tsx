import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { Alert } from '@/components/ui/alert';
import { can } from '@/lib/permissions';
import { getWebhook } from '@/lib/server/webhooks/get-webhook';
import { listWebhookDeliveries } from '@/lib/server/webhooks/list-webhook-deliveries';
import { requirePageUser } from '@/lib/server/session/current-user';
import { loadWorkspaceForPage } from '@/lib/server/workspaces/load-workspace-for-page';
import { DeleteWebhookButton, SendTestButton } from '../webhook-actions';
import { WebhookForm } from '../webhook-form';
import { WebhookSecret } from '../webhook-secret';
import { DeliveryLog } from './delivery-log';

export const metadata = { title: 'Webhook' };

export default async function WebhookPage({ params }: { params: Promise<{ workspace: string; webhookId: string }> }) {
  const user = await requirePageUser();
  const { workspace: slug, webhookId } = await params;
  const { workspace, role } = await loadWorkspaceForPage(user.id, slug);
  const base = `/w/${workspace.slug}/settings`;
  const crumbs = (
    <Breadcrumbs
      items={[
        { href: `/w/${workspace.slug}`, label: workspace.name },
        { href: base, label: 'Settings' },
        { href: `${base}/webhooks`, label: 'Webhooks' },
      ]}
    />
  );
  if (!can(role, 'webhooks.manage')) {
    return (
      <main className="page page-text">
        {crumbs}
        <p className="mt-4 text-muted">Only owners can manage the webhooks of {workspace.name}.</p>
      </main>
    );
  }
  const scope = { workspaceId: workspace.id, webhookId };
  const [webhook, deliveries] = await Promise.all([getWebhook(scope), listWebhookDeliveries(scope)]);
  return (
    <main className="page">
      {crumbs}
      <h1 className="text-2xl font-semibold tracking-tight break-all">{webhook.url}</h1>
      {!webhook.enabled && (
        <Alert className="mt-4">
          {webhook.disabledReason
            ? `Margin turned this webhook off: ${webhook.disabledReason} Events are not sent to it. Fix the receiver, then tick “Active” and save to turn it on again.`
            : 'This webhook is off: events are not sent to it.'}
        </Alert>
      )}
      <section className="mt-8">
        <WebhookForm webhook={webhook} />
      </section>
      <section className="mt-10" aria-labelledby="webhook-secret">
        <h2 id="webhook-secret" className="text-lg font-semibold">
          Signing secret
        </h2>
        <div className="mt-3">
          <WebhookSecret webhookId={webhook.id} />
        </div>
      </section>
      <section className="mt-10" aria-labelledby="webhook-deliveries">
        <h2 id="webhook-deliveries" className="text-lg font-semibold">
          Deliveries
        </h2>
        <p className="mt-1 mb-3 text-sm text-muted">
          The last 50. A delivery that fails is tried again after 5 seconds, 5 minutes, 30 minutes, 2, 5 and 10 hours, then given up; after
          5 deliveries in a row are given up, Margin turns the webhook off.
        </p>
        <SendTestButton webhookId={webhook.id} />
        <DeliveryLog webhookId={webhook.id} deliveries={deliveries} />
      </section>
      <section className="mt-12 rounded-xl border border-red-200 bg-white p-5">
        <h2 className="text-lg font-semibold text-danger">Delete this webhook</h2>
        <p className="mt-1 mb-3 text-sm text-muted">Nothing more is sent to it, and its delivery log goes with it.</p>
        <DeleteWebhookButton webhookId={webhook.id} version={webhook.version} />
      </section>
    </main>
  );
}
