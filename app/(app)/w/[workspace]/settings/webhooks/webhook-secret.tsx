'use client';

import { useMutation } from '@/components/forms/use-mutation';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { revealWebhookSecretAction, rotateWebhookSecretAction } from '@/lib/actions/webhooks';

/** A signing secret on screen, to copy into the receiver. */
export function SecretNotice({ secret, added = false }: { secret: string; added?: boolean }) {
  return (
    <div className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm" role="status">
      <p>{added ? 'Webhook added. Its signing secret' : 'Signing secret'} — verify each delivery’s signature with it:</p>
      <div className="mt-2 flex items-center gap-2">
        <code className="break-all" data-testid="webhook-secret">
          {secret}
        </code>
        <CopyButton text={secret} />
      </div>
    </div>
  );
}

/** Reveal the signing secret, or replace it (the old one stops working at once). */
export function WebhookSecret({ webhookId }: { webhookId: string }) {
  const workspace = useWorkspace().slug;
  const reveal = useMutation(revealWebhookSecretAction);
  const rotate = useMutation(rotateWebhookSecretAction);
  const shown = rotate.result?.ok ? rotate.result.data.secret : reveal.result?.ok ? reveal.result.data.secret : null;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" disabled={reveal.pending} onClick={() => void reveal.run({ workspace, webhookId })}>
          Reveal secret
        </Button>
        <Button
          type="button"
          variant="secondary"
          disabled={rotate.pending}
          onClick={() => {
            if (window.confirm('Replace the signing secret? Deliveries signed with the old one will fail verification at once.'))
              void rotate.run({ workspace, webhookId });
          }}
        >
          Rotate secret
        </Button>
      </div>
      {shown && <SecretNotice secret={shown} />}
      {(reveal.error ?? rotate.error) && <Alert>{reveal.error ?? rotate.error}</Alert>}
    </div>
  );
}
