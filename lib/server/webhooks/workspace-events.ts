// The workspace events webhooks receive, each queued in the transaction of the change it tells
// of (enqueue-webhook-event.ts). Payloads carry ids and what every member of the workspace sees —
// a claim's statement, status and verdict, a document's title, a source's address and state —
// with links into the app (lib/server/links/app-url.ts); never a private annotation or note.
import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { appLink } from '@/lib/server/links/app-url';
import type { WebhookEventType } from '@/lib/webhooks/events';
import { enqueueWebhookEvent } from './enqueue-webhook-event';

const documentLink = (slug: string, documentId: string) => appLink(`/w/${slug}/documents/${documentId}`);

/** A claim event, with the claim as it now is (nothing when its annotation is private). */
export function enqueueClaimEvent(
  tx: DbTransaction,
  {
    workspaceId,
    claimId,
    type,
    extra = {},
  }: { workspaceId: string; claimId: string; type: WebhookEventType; extra?: Record<string, unknown> },
) {
  return enqueueWebhookEvent(tx, {
    workspaceId,
    type,
    data: async (slug) => {
      const claim = await tx.claim.findFirst({
        where: { id: claimId, workspaceId, annotation: { visibility: 'shared' } },
        select: {
          id: true,
          statement: true,
          status: true,
          verdict: true,
          annotation: { select: { id: true, document: { select: { id: true, title: true } } } },
        },
      });
      if (!claim) return null;
      const { document } = claim.annotation;
      return {
        claim: {
          id: claim.id,
          statement: claim.statement,
          status: claim.status,
          verdict: claim.verdict,
          url: appLink(`/w/${slug}/documents/${document.id}?annotation=${claim.annotation.id}`),
        },
        document: { id: document.id, title: document.title, url: documentLink(slug, document.id) },
        ...extra,
      };
    },
  });
}

/** A source's page changed or is gone (the link-health job, or "Check now"). */
export function enqueueSourceEvent(
  tx: DbTransaction,
  {
    source,
    status,
    error,
  }: {
    source: { id: string; workspaceId: string; url: string; domain: string; title: string | null };
    status: 'changed' | 'gone';
    error: string | null;
  },
) {
  return enqueueWebhookEvent(tx, {
    workspaceId: source.workspaceId,
    type: status === 'gone' ? 'source.gone' : 'source.changed',
    data: async (slug) => ({
      source: {
        id: source.id,
        url: source.url,
        domain: source.domain,
        title: source.title,
        linkStatus: status,
        error,
        appUrl: appLink(`/w/${slug}/sources/${source.id}`),
      },
    }),
  });
}

/** A document was imported (pasted, fetched from a URL, uploaded, or created through the API). */
export function enqueueDocumentImported(
  tx: DbTransaction,
  { workspaceId, document, origin }: { workspaceId: string; document: { id: string; title: string }; origin: string },
) {
  return enqueueWebhookEvent(tx, {
    workspaceId,
    type: 'document.imported',
    data: async (slug) => ({ document: { id: document.id, title: document.title, origin, url: documentLink(slug, document.id) } }),
  });
}
