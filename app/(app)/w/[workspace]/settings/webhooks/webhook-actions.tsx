'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useMutation } from '@/components/forms/use-mutation';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { deleteWebhookAction, redeliverWebhookAction, sendTestWebhookAction } from '@/lib/actions/webhooks';

/** "Send test event": a signed `webhook.test` sent now; the answer shows here and in the delivery log. */
export function SendTestButton({ webhookId }: { webhookId: string }) {
  const workspace = useWorkspace().slug;
  const test = useMutation(sendTestWebhookAction);
  const sent = test.result?.ok ? test.result.data : null;
  return (
    <div className="flex flex-col gap-2">
      <div>
        <Button type="button" variant="secondary" disabled={test.pending} onClick={() => void test.run({ workspace, webhookId })}>
          {test.pending ? 'Sending…' : 'Send test event'}
        </Button>
      </div>
      {sent && (
        <Alert tone={sent.status === 'succeeded' ? 'info' : 'error'}>
          {sent.status === 'succeeded'
            ? `Delivered: the receiver answered HTTP ${sent.lastStatusCode}.`
            : `Not delivered: ${sent.lastError ?? 'no answer'}.`}
        </Alert>
      )}
      {test.error && <Alert>{test.error}</Alert>}
    </div>
  );
}

export function RedeliverButton({ webhookId, deliveryId }: { webhookId: string; deliveryId: string }) {
  const workspace = useWorkspace().slug;
  const redeliver = useMutation(redeliverWebhookAction);
  return (
    <>
      <Button
        type="button"
        variant="ghost"
        className="px-2 py-1"
        disabled={redeliver.pending}
        onClick={() => void redeliver.run({ workspace, webhookId, deliveryId })}
      >
        {redeliver.pending ? 'Sending…' : 'Redeliver'}
      </Button>
      {redeliver.error && <span className="text-xs text-danger">{redeliver.error}</span>}
    </>
  );
}

/** Deletes the webhook and its delivery log, after a second click. */
export function DeleteWebhookButton({ webhookId, version }: { webhookId: string; version: number }) {
  const { slug: workspace } = useWorkspace();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation(deleteWebhookAction, { onSuccess: () => router.push(`/w/${workspace}/settings/webhooks`) });
  return (
    <div className="flex flex-wrap items-center gap-2">
      {confirming ? (
        <>
          <Button
            type="button"
            className="bg-danger hover:bg-red-800"
            disabled={remove.pending}
            onClick={() => void remove.run({ workspace, webhookId, version })}
          >
            Yes, delete this webhook
          </Button>
          <Button type="button" variant="ghost" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </>
      ) : (
        <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
          Delete webhook
        </Button>
      )}
      {remove.error && <Alert>{remove.error}</Alert>}
    </div>
  );
}
