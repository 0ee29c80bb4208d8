import { formatDateTime } from '@/components/sources/link-status';
import type { listWebhookDeliveries } from '@/lib/server/webhooks/list-webhook-deliveries';
import { RedeliverButton } from '../webhook-actions';

type Delivery = Awaited<ReturnType<typeof listWebhookDeliveries>>[number];

const STATUS_WORDS = { pending: 'Pending', succeeded: 'Delivered', failed: 'Failed' } as const;

/** The delivery log: when, which event, how many attempts, what the receiver answered. */
export function DeliveryLog({ webhookId, deliveries }: { webhookId: string; deliveries: Delivery[] }) {
  if (deliveries.length === 0) return <p className="mt-4 text-sm text-muted">Nothing sent yet.</p>;
  return (
    <div className="mt-4 overflow-x-auto rounded-xl border border-rule bg-white">
      <table className="w-full text-left text-sm" aria-label="Deliveries">
        <thead className="border-b border-rule text-muted">
          <tr>
            <th className="px-3 py-2 font-medium">Time</th>
            <th className="px-3 py-2 font-medium">Event</th>
            <th className="px-3 py-2 font-medium">Status</th>
            <th className="px-3 py-2 font-medium">Attempts</th>
            <th className="px-3 py-2 font-medium">Response</th>
            <th className="px-3 py-2 font-medium">Error</th>
            <th className="px-3 py-2" />
          </tr>
        </thead>
        <tbody className="divide-y divide-rule">
          {deliveries.map((delivery) => (
            <tr key={delivery.id} data-testid="delivery">
              <td className="px-3 py-2 whitespace-nowrap">
                <time dateTime={delivery.createdAt.toISOString()}>{formatDateTime(delivery.createdAt)}</time>
              </td>
              <td className="px-3 py-2">
                <code className="text-xs">{delivery.eventType}</code>
              </td>
              <td className="px-3 py-2">
                {STATUS_WORDS[delivery.status]}
                {delivery.status === 'pending' && delivery.attempts > 0 && delivery.nextAttemptAt && (
                  <span className="block text-xs text-muted">next try {formatDateTime(delivery.nextAttemptAt)}</span>
                )}
              </td>
              <td className="px-3 py-2">{delivery.attempts}</td>
              <td className="px-3 py-2" data-testid="delivery-response">
                {delivery.lastStatusCode ?? '—'}
                {delivery.lastDurationMs !== null && <span className="block text-xs text-muted">{delivery.lastDurationMs} ms</span>}
              </td>
              <td className="max-w-56 px-3 py-2 break-words text-danger">{delivery.lastError}</td>
              <td className="px-3 py-2 text-right">
                {delivery.status !== 'pending' && <RedeliverButton webhookId={webhookId} deliveryId={delivery.id} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
