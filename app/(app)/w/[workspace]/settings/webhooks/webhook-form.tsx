'use client';

import { useState } from 'react';
import { useMutation } from '@/components/forms/use-mutation';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { createWebhookAction, updateWebhookAction } from '@/lib/actions/webhooks';
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENTS, type WebhookEventType } from '@/lib/webhooks/events';
import { SecretNotice } from './webhook-secret';

type Saved = { id: string; version: number; url: string; description: string; events: WebhookEventType[]; enabled: boolean };

/** Adds a webhook (`webhook` absent) or edits one: its address, a description and the events it receives. */
export function WebhookForm({ webhook }: { webhook?: Saved }) {
  const workspace = useWorkspace().slug;
  const create = useMutation(createWebhookAction);
  const update = useMutation(updateWebhookAction);
  const [url, setUrl] = useState(webhook?.url ?? '');
  const [description, setDescription] = useState(webhook?.description ?? '');
  const [events, setEvents] = useState<WebhookEventType[]>(webhook?.events ?? []);
  const [enabled, setEnabled] = useState(webhook?.enabled ?? true);
  const mutation = webhook ? update : create;
  const toggle = (event: WebhookEventType, on: boolean) =>
    setEvents((current) => (on ? WEBHOOK_EVENTS.filter((e) => e === event || current.includes(e)) : current.filter((e) => e !== event)));
  const submit = (form: React.FormEvent) => {
    form.preventDefault();
    const fields = { workspace, url, description, events };
    if (webhook) void update.run({ ...fields, enabled, webhookId: webhook.id, version: webhook.version });
    else
      void create.run(fields).then((result) => {
        if (!result.ok) return;
        setUrl('');
        setDescription('');
        setEvents([]);
      });
  };
  const errors = mutation.fieldErrors;
  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate aria-label={webhook ? 'Edit webhook' : 'Add a webhook'}>
      <Field
        label="Payload URL"
        name="url"
        type="url"
        value={url}
        onChange={(event) => setUrl(event.target.value)}
        placeholder="https://hooks.example.org/margin"
        hint="Margin POSTs each event here as JSON. Public http(s) addresses only."
        errors={errors.url}
      />
      <Field
        label="Description (optional)"
        name="description"
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        errors={errors.description}
      />
      <fieldset>
        <legend className="text-sm font-medium">Events</legend>
        <div className="mt-2 grid gap-1.5 sm:grid-cols-2">
          {WEBHOOK_EVENTS.map((event) => (
            <label key={event} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                className="mt-1"
                checked={events.includes(event)}
                onChange={(change) => toggle(event, change.target.checked)}
              />
              <span>
                {WEBHOOK_EVENT_LABELS[event]} <code className="text-xs text-muted">{event}</code>
              </span>
            </label>
          ))}
        </div>
        {errors.events && <p className="mt-1 text-sm text-danger">{errors.events[0]}</p>}
      </fieldset>
      {webhook && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={enabled} onChange={(change) => setEnabled(change.target.checked)} />
          Active: send events to this address
        </label>
      )}
      <div>
        <Button type="submit" disabled={mutation.pending}>
          {mutation.pending ? 'Saving…' : webhook ? 'Save changes' : 'Add webhook'}
        </Button>
      </div>
      {mutation.error && (mutation.isStale || Object.keys(errors).length === 0) && (
        <Alert>
          {mutation.isStale
            ? 'Someone else changed this webhook meanwhile: the page shows their change. Save again to apply yours.'
            : mutation.error}
        </Alert>
      )}
      {update.result?.ok && <Alert tone="info">Saved.</Alert>}
      {create.result?.ok && <SecretNotice secret={create.result.data.secret} added />}
    </form>
  );
}
