// Webhook events are queued in the transaction of the change they tell of: a claim proposed,
// reviewed, reopened, its words changed under a verdict; a source changed or gone; a document
// imported — only for the webhooks that subscribe, never about a private annotation's claim.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import type { ClaimStep } from '@/lib/claims/workflow';
import { takeClaimStep } from '@/lib/server/claims/take-claim-step';
import { createDocument } from '@/lib/server/documents/create-document';
import { createVersion } from '@/lib/server/documents/create-version';
import { runLinkChecks } from '@/lib/server/sources/run-link-checks';
import { WEBHOOK_EVENTS } from '@/lib/webhooks/events';
import { addMember, makeUser, makeWorkspace } from './support/factories';
import { startHttpServer } from './support/http-server';
import { makeClaimOnSource } from './support/source-fixtures';
import { makeWebhook } from './support/webhooks';

process.env.AUTH_SECRET ??= 'integration-test-auth-secret';
const TEXT = 'North Korea has shipped over 16,500 containers of munitions to Russia since September.';
const FIGURE = 'over 16,500 containers';

type Payload = { type: string; timestamp: string; workspace: { slug: string }; data: Record<string, Record<string, unknown>> };
const queued = async (webhookId: string) =>
  (
    await getDb().webhookDelivery.findMany({
      where: { webhookId },
      orderBy: { createdAt: 'asc' },
      select: { eventType: true, payload: true },
    })
  ).map((row) => ({ type: row.eventType, payload: JSON.parse(row.payload) as Payload }));

async function figureDesk() {
  const [owner, checker, reviewer] = await Promise.all([makeUser(), makeUser(), makeUser()]);
  const workspace = await makeWorkspace(owner.id);
  await addMember(workspace.id, checker.id, 'checker');
  await addMember(workspace.id, reviewer.id, 'checker');
  const document = await createDocument({
    workspaceId: workspace.id,
    userId: owner.id,
    title: 'Munitions',
    blocks: [{ type: 'paragraph', text: TEXT }],
    origin: 'paste',
  });
  const version = await getDb().documentVersion.findFirstOrThrow({ where: { documentId: document.id }, select: { id: true } });
  const start = TEXT.indexOf(FIGURE);
  const annotation = await createAnnotation({
    workspaceId: workspace.id,
    userId: checker.id,
    documentId: document.id,
    versionId: version.id,
    start,
    end: start + FIGURE.length,
    kind: 'figure',
    visibility: 'shared',
    tagIds: [],
  });
  const claimId = annotation.claim!.id;
  const webhook = await makeWebhook(workspace.id, { events: [...WEBHOOK_EVENTS] });
  const step = async (userId: string, step: ClaimStep, role: 'checker' | 'owner' = 'checker') => {
    const { version } = await getDb().claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } });
    return takeClaimStep({ workspaceId: workspace.id, userId, role, claimId, version, step });
  };
  return { owner, checker, reviewer, workspace, webhook, document, annotation, claimId, step };
}

describe('webhook events', () => {
  it('a claim proposed, reviewed (accepted, sent back), reopened and its words changed; public fields and links only', async () => {
    const d = await figureDesk();
    await d.step(d.checker.id, { step: 'start' });
    await d.step(d.checker.id, { step: 'propose', verdict: 'misleading', rationale: 'About 16,500, says the briefing.' });
    await d.step(d.reviewer.id, { step: 'send_back', reason: 'Which briefing?' });
    await d.step(d.checker.id, { step: 'propose', verdict: 'misleading', rationale: 'The 9 May briefing.' });
    await d.step(d.reviewer.id, { step: 'accept' });
    await createVersion({
      workspaceId: d.workspace.id,
      userId: d.owner.id,
      documentId: d.document.id,
      origin: 'edit',
      blocks: [{ type: 'paragraph', text: TEXT.replace('16,500', '16,800') }],
      mappedAnchors: [{ annotationId: d.annotation.id, start: TEXT.indexOf(FIGURE), end: TEXT.indexOf(FIGURE) + FIGURE.length }],
    });
    await d.step(d.owner.id, { step: 'reopen', reason: 'New figure.' }, 'owner');

    const events = await queued(d.webhook.id);
    expect(events.map((event) => [event.type, event.payload.data.review ?? null])).toEqual([
      ['claim.proposed', null],
      ['claim.reviewed', 'sent_back'],
      ['claim.proposed', null],
      ['claim.reviewed', 'accepted'],
      ['claim.words_changed', null],
      ['claim.reopened', null],
    ]);
    const accepted = events[3]!.payload;
    expect(accepted).toMatchObject({
      type: 'claim.reviewed',
      workspace: { slug: d.workspace.slug },
      data: {
        claim: { id: d.claimId, status: 'reviewed', verdict: 'misleading', statement: expect.any(String) },
        document: {
          id: d.document.id,
          title: 'Munitions',
          url: expect.stringMatching(new RegExp(`/w/${d.workspace.slug}/documents/${d.document.id}$`)),
        },
      },
    });
    expect(accepted.data.claim!.url).toContain(`?annotation=${d.annotation.id}`);
    expect(new Date(accepted.timestamp).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(JSON.stringify(events)).not.toContain('briefing'); // rationales and reasons stay in the app
    expect(events[4]!.payload.data).toMatchObject({ documentVersion: 2, wordsGone: false });
  });

  it('only to enabled webhooks that subscribe; a rolled-back change sends nothing', async () => {
    const d = await figureDesk();
    const sourcesOnly = await makeWebhook(d.workspace.id, { events: ['source.gone'] });
    const off = await makeWebhook(d.workspace.id, { events: ['claim.proposed'], enabled: false });
    await d.step(d.checker.id, { step: 'start' });
    await expect(d.step(d.checker.id, { step: 'accept' })).rejects.toThrow(); // refused: nothing to accept
    await d.step(d.checker.id, { step: 'propose', verdict: 'misleading', rationale: 'Checked.' });
    expect((await queued(d.webhook.id)).map((event) => event.type)).toEqual(['claim.proposed']);
    expect(await queued(sourcesOnly.id)).toEqual([]);
    expect(await queued(off.id)).toEqual([]);
  });

  it('never about a private annotation’s claim', async () => {
    const d = await figureDesk();
    await getDb().annotation.update({ where: { id: d.annotation.id }, data: { visibility: 'private' } });
    await d.step(d.checker.id, { step: 'start' });
    await d.step(d.checker.id, { step: 'propose', verdict: 'false', rationale: 'Private doubts.' });
    expect(await queued(d.webhook.id)).toEqual([]);
  });

  it('a document imported', async () => {
    const owner = await makeUser();
    const workspace = await makeWorkspace(owner.id);
    const webhook = await makeWebhook(workspace.id, { events: ['document.imported'] });
    const document = await createDocument({
      workspaceId: workspace.id,
      userId: owner.id,
      title: 'Budget',
      blocks: [{ type: 'paragraph', text: 'The deficit fell to 3.1% in 2024.' }],
      origin: 'url',
    });
    expect(await queued(webhook.id)).toEqual([
      {
        type: 'document.imported',
        payload: expect.objectContaining({
          data: { document: { id: document.id, title: 'Budget', origin: 'url', url: expect.any(String) } },
        }),
      },
    ]);
  });
});

describe('source events', () => {
  let server: Awaited<ReturnType<typeof startHttpServer>>;
  let status = 200;
  let body = '<html><head><title>Report</title></head><body><article><p>Rotterdam handled 14.5 million TEU.</p></article></body></html>';
  beforeAll(async () => {
    server = await startHttpServer({
      '/report': (_request, response) => response.writeHead(status, { 'content-type': 'text/html' }).end(body),
    });
    process.env.MARGIN_FETCH_ALLOW_HOSTS = '127.0.0.1';
  });
  afterAll(async () => {
    delete process.env.MARGIN_FETCH_ALLOW_HOSTS;
    await server.close();
  });

  it('a source changed, then gone', async () => {
    const fixture = await makeClaimOnSource({ url: server.url('/report') });
    const webhook = await makeWebhook(fixture.workspace.id, { events: ['source.changed', 'source.gone'] });
    const check = async () => {
      await getDb().source.update({ where: { id: fixture.sourceId }, data: { nextCheckAt: new Date(Date.now() - 1000) } });
      expect((await runLinkChecks({ workspaceId: fixture.workspace.id })).failed).toEqual([]);
    };
    await check(); // the first capture
    body = body.replace('14.5', '13.4');
    await check();
    status = 404;
    await check();
    await check(); // still gone: no second event
    const events = await queued(webhook.id);
    expect(events.map((event) => event.type)).toEqual(['source.changed', 'source.gone']);
    expect(events[1]!.payload.data.source).toMatchObject({
      id: fixture.sourceId,
      url: server.url('/report'),
      linkStatus: 'gone',
      error: 'The page answered with HTTP 404.',
    });
  });
});
