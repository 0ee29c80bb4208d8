// The OpenAPI document is the API's contract: every documented operation is called for real
// against PostgreSQL (its success and its main failures), each JSON answer validated against
// the schema the document declares for that status; a route file that is not documented, or an
// operation no test called, fails the run. Unknown methods answer 405 with Allow.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { API_ENDPOINTS } from '@/lib/api/openapi';
import { getDb } from '@/lib/db';
import { desk, handlers, loadApi, makeToken, refusals, respond } from './support/api-client';
import { startHttpServer } from './support/http-server';
import { startReceiver } from './support/webhooks';
import { callOperation as op, checked, expectContract, expectFileContract, openApi } from './support/api-contract';

vi.mock('@/auth', async () => (await import('./support/session')).mockedAuthModule());
vi.mock('next/cache', () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ origin: 'http://localhost:3000' }) }));
// Webhook secrets are encrypted with a key derived from it.
process.env.AUTH_SECRET ??= 'integration-test-auth-secret';

beforeAll(loadApi);

describe('the OpenAPI document', () => {
  it('documents every route handler under app/api/v1, each with an operationId, tags and its failures', () => {
    const documented = API_ENDPOINTS.map((endpoint) => `${endpoint.method.toUpperCase()} ${endpoint.path}`).sort();
    expect([...handlers.keys()].sort()).toEqual(documented);
    expect(openApi.openapi).toBe('3.1.0');
    expect(openApi.servers).toEqual([{ url: 'http://localhost:3000', description: expect.any(String) }]);
    const ids = API_ENDPOINTS.map((endpoint) => endpoint.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const operations of Object.values(openApi.paths))
      for (const operation of Object.values(operations) as { tags: string[]; responses: Record<string, unknown> }[]) {
        expect(operation.tags).toHaveLength(1);
        expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['401', '403', '404']));
      }
  });

  it('refuses answers that do not match it (the contract can fail)', () => {
    expect(() => expectContract('getDocument', { status: 200, json: { id: 'x' } })).toThrow(/required/);
    expect(() => expectContract('getDocument', { status: 404, json: { message: 'gone' } })).toThrow();
    expect(() => expectContract('getDocument', { status: 418, json: null })).toThrow(/does not declare/);
  });

  it('answers methods a path does not handle with 405 and Allow', async () => {
    expect(refusals.size).toBeGreaterThan(0);
    for (const [key, handler] of refusals) {
      const [method, path] = key.split(' ');
      const response = await handler(new Request(`http://localhost:3000${path}`, { method }), { params: Promise.resolve({}) });
      expect(response.status).toBe(405);
      const allowed = API_ENDPOINTS.filter((endpoint) => endpoint.path === path).map((endpoint) => endpoint.method.toUpperCase());
      expect(response.headers.get('allow')?.split(', ')).toEqual(expect.arrayContaining(allowed));
      expect(await response.json()).toMatchObject({ code: 'method_not_allowed' });
    }
  });
});

describe('every operation, called for real, answers what the document says', () => {
  afterAll(() => {
    const missing = API_ENDPOINTS.filter((endpoint) => !checked.get(endpoint.operationId)?.has(endpoint.status));
    expect(missing.map((endpoint) => endpoint.operationId)).toEqual([]);
  });

  it('documents, versions and annotations', async () => {
    const { owner, workspace, document, version } = await desk();
    const { secret: token } = await makeToken(owner.id, workspace.slug, 'owner');
    const { secret: viewer } = await makeToken(owner.id, workspace.slug, 'viewer');
    const documentId = document.id;
    expect((await op('listDocuments', { token })).status).toBe(200);
    expect((await op('listDocuments', { token: null })).status).toBe(401);
    expect((await op('listDocuments', { token, query: { archived: 'maybe' } })).status).toBe(422);
    const one = await op('getDocument', { token, params: { documentId } });
    expect((await op('getDocument', { token, params: { documentId: 'nope' } })).status).toBe(404);
    const metadataVersion = (one.json as { metadataVersion: number }).metadataVersion;
    const edit = { title: 'Renamed', metadataVersion };
    expect((await op('updateDocument', { token: viewer, params: { documentId }, body: edit })).status).toBe(403);
    expect((await op('updateDocument', { token, params: { documentId }, body: edit })).status).toBe(200);
    expect((await op('updateDocument', { token, params: { documentId }, body: edit })).status).toBe(409);
    expect((await op('updateDocument', { token, params: { documentId }, body: { title: '' } })).status).toBe(422);
    const huge = { title: 'x'.repeat(300 * 1024), metadataVersion };
    expect((await op('updateDocument', { token, params: { documentId }, body: huge })).status).toBe(413);
    expect((await op('listVersions', { token, params: { documentId } })).status).toBe(200);
    expect((await op('listVersions', { token, params: { documentId: 'nope' } })).status).toBe(404);
    expect((await op('getVersion', { token, params: { documentId, versionId: version.id } })).status).toBe(200);
    expect((await op('getVersion', { token, params: { documentId, versionId: 'nope' } })).status).toBe(404);

    const start = version.plainText.indexOf('Poland');
    const body = { versionId: version.id, start, end: start + 'Poland'.length, kind: 'claim' };
    expect((await op('createAnnotation', { token, params: { documentId }, body })).status).toBe(201);
    expect((await op('createAnnotation', { token, params: { documentId }, body: { ...body, end: 10_000 } })).status).toBe(422);
    expect((await op('createAnnotation', { token: viewer, params: { documentId }, body })).status).toBe(403);
    const listed = await op('listAnnotations', { token, params: { documentId }, query: { versionId: version.id } });
    expect((listed.json as { annotations: unknown[] }).annotations).toHaveLength(1);
    // a versionId that is not this document's is not found (it used to answer an empty list)
    const other = await desk();
    const foreign = { versionId: other.version.id };
    expect((await op('listAnnotations', { token, params: { documentId }, query: foreign })).status).toBe(404);
    expect((await op('listAnnotations', { token, params: { documentId: 'nope' } })).status).toBe(404);
  });

  it('claims, evidence, sources and exports', async () => {
    const { owner, checker, workspace, document, version } = await desk();
    const { secret: token } = await makeToken(owner.id, workspace.slug, 'owner');
    const start = version.plainText.indexOf('over 16,500');
    const created = await op('createAnnotation', {
      token,
      params: { documentId: document.id },
      body: { versionId: version.id, start, end: start + 'over 16,500'.length, kind: 'figure' },
    });
    const claimId = (created.json as { claim: { id: string } }).claim.id;
    expect((await op('listClaims', { token })).status).toBe(200);
    expect((await op('listClaims', { token, query: { page: 'zero' } })).status).toBe(422);
    expect((await op('getClaim', { token, params: { claimId } })).status).toBe(200);
    expect((await op('getClaim', { token, params: { claimId: 'nope' } })).status).toBe(404);
    expect((await op('updateClaim', { token, params: { claimId }, body: { version: 1, statement: 'Shipped 16,500.' } })).status).toBe(200);
    const matched = await op('findClaimMatches', { token, query: { statement: 'shipped 16.5k' } });
    expect(matched.status).toBe(200);
    expect((matched.json as { matches: { id: string }[] }).matches.map((match) => match.id)).toEqual([claimId]);
    expect((await op('findClaimMatches', { token, query: { statement: '' } })).status).toBe(422);
    expect((await op('updateClaim', { token, params: { claimId }, body: { version: 1, statement: 'Again.' } })).status).toBe(409);
    expect((await op('assignClaim', { token, params: { claimId }, body: { version: 2, assigneeId: checker.id } })).status).toBe(200);
    expect((await op('takeClaimStep', { token, params: { claimId }, body: { version: 3, step: 'start' } })).status).toBe(200);
    expect((await op('takeClaimStep', { token, params: { claimId }, body: { version: 4, step: 'accept' } })).status).toBe(422);
    const evidence = { url: 'https://example.org/report', stance: 'supports' };
    const added = await op('addEvidence', { token, params: { claimId }, body: evidence });
    expect(added.status).toBe(201);
    expect((await op('addEvidence', { token, params: { claimId }, body: evidence })).status).toBe(409);
    const sources = await op('listSources', { token });
    const sourceId = (sources.json as { sources: { id: string }[] }).sources[0]!.id;
    expect((await op('getSource', { token, params: { sourceId } })).status).toBe(200);
    expect((await op('getSource', { token, params: { sourceId: 'nope' } })).status).toBe(404);
    const evidenceId = (added.json as { id: string }).id;
    expect((await op('removeEvidence', { token, params: { evidenceId } })).status).toBe(204);
    expect((await op('removeEvidence', { token, params: { evidenceId } })).status).toBe(404);
    expectFileContract('exportClaims', await respond('GET', '/api/v1/exports', { token, query: { format: 'csv', status: 'any' } }));
    expect((await op('exportClaims', { token, query: { format: 'docx' } })).status).toBe(422);
  });

  it('documents from text, a URL and a file; archiving; comments; W3C; the activity feed', async () => {
    const { owner, checker, workspace, document, version } = await desk();
    const { secret: token } = await makeToken(owner.id, workspace.slug, 'owner');
    const { secret: checkerToken } = await makeToken(checker.id, workspace.slug, 'checker');
    const pasted = await op('createDocument', { token, body: { title: 'From the CMS', text: 'Trains ran 40% late in 2023.' } });
    expect(pasted).toMatchObject({ status: 201, json: { title: 'From the CMS' } });
    expect((await op('createDocument', { token: checkerToken, body: { text: 'No.' } })).status).toBe(403);
    expect((await op('createDocument', { token, body: { text: '' } })).status).toBe(422);
    expect((await op('createDocument', { token, body: { url: 'file:///etc/passwd' } })).status).toBe(422);
    const page =
      '<html><head><title>Kursk</title></head><body><article><h1>Troops in Kursk</h1><p>NATO confirmed it.</p></article></body></html>';
    const server = await startHttpServer({
      '/article': (_q, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(page),
    });
    process.env.MARGIN_FETCH_ALLOW_HOSTS = '127.0.0.1';
    try {
      const fromUrl = await op('createDocument', { token, body: { url: server.url('/article') } });
      expect(fromUrl).toMatchObject({ status: 201, json: { title: 'Troops in Kursk' } });
    } finally {
      delete process.env.MARGIN_FETCH_ALLOW_HOSTS;
      await server.close();
    }
    const form = new FormData();
    form.set('file', new File(['# Budget\n\nThe deficit fell to 3.1% in 2024.'], 'budget.md', { type: 'text/markdown' }));
    expect(await op('createDocument', { token, body: form })).toMatchObject({ status: 201, json: { title: 'Budget' } });
    const empty = new FormData();
    empty.set('note', 'no file');
    expect((await op('createDocument', { token, body: empty })).status).toBe(422);
    const xml = { token, body: '<doc/>', headers: { 'content-type': 'application/xml' } };
    expect((await op('createDocument', xml)).status).toBe(415);

    const documentId = document.id;
    expect((await op('archiveDocument', { token, params: { documentId } })).json).toMatchObject({ archivedAt: expect.any(String) });
    const listed = await op('listDocuments', { token, query: { archived: 'true' } });
    expect((listed.json as { documents: { id: string }[] }).documents.map((row) => row.id)).toEqual([documentId]);
    expect((await op('unarchiveDocument', { token, params: { documentId } })).json).toMatchObject({ archivedAt: null });
    expect((await op('archiveDocument', { token: checkerToken, params: { documentId } })).status).toBe(403);
    expect((await op('archiveDocument', { token, params: { documentId: 'nope' } })).status).toBe(404);

    const start = version.plainText.indexOf('Poland');
    const at = { versionId: version.id, start, end: start + 6 };
    const claim = await op('createAnnotation', { token, params: { documentId }, body: { ...at, kind: 'claim' } });
    const { id: annotationId, claim: made } = claim.json as { id: string; claim: { id: string } };
    const note = await op('createAnnotation', { token, params: { documentId }, body: { ...at, kind: 'note', visibility: 'private' } });
    const privateId = (note.json as { id: string }).id;
    const mention = `@[Checker](${checker.id}) can you look?`;
    expect((await op('createComment', { token, params: { annotationId }, body: { body: mention } })).status).toBe(201);
    expect((await op('createComment', { token, params: { annotationId }, body: { body: '' } })).status).toBe(422);
    const thread = await op('listComments', { token: checkerToken, params: { annotationId } });
    expect((thread.json as { comments: { mentionIds: string[] }[] }).comments[0]!.mentionIds).toEqual([checker.id]);
    expect((await op('createClaimComment', { token, params: { claimId: made.id }, body: { body: 'Source?' } })).status).toBe(201);
    expect((await op('listClaimComments', { token, params: { claimId: made.id } })).json).toMatchObject({ comments: [{}, {}] });
    expect((await op('listClaimComments', { token, params: { claimId: 'nope' } })).status).toBe(404);
    expect((await op('createClaimComment', { token, params: { claimId: 'nope' }, body: { body: 'x' } })).status).toBe(404);
    await op('createComment', { token, params: { annotationId: privateId }, body: { body: 'Only mine.' } });
    // another member's private note, and its discussion, are not found
    expect((await op('listComments', { token: checkerToken, params: { annotationId: privateId } })).status).toBe(404);

    const exported = await respond('GET', '/api/v1/documents/{documentId}/annotations/w3c', { token, params: { documentId } });
    expectFileContract('exportW3cAnnotations', exported);
    const collection = await exported.json();
    const copy = await op('createDocument', { token, body: { text: version.plainText } });
    const into = { documentId: (copy.json as { id: string }).id };
    const imported = await op('importW3cAnnotations', { token, params: into, body: collection });
    expect(imported.json).toMatchObject({ placed: 2, orphaned: 0 });
    expect((await op('importW3cAnnotations', { token, params: into, body: '{ nope' })).status).toBe(422);
    expect((await op('importW3cAnnotations', { token, params: { documentId: 'nope' }, body: collection })).status).toBe(404);

    const feed = await op('listActivity', { token: checkerToken });
    const entries = (feed.json as { activities: { entityId: string }[] }).activities;
    expect(entries.length).toBeGreaterThan(3);
    expect(entries.some((entry) => entry.entityId === privateId)).toBe(false); // the owner's private note
    expect((await op('listActivity', { token })).json).toMatchObject({
      activities: expect.arrayContaining([expect.objectContaining({ entityId: privateId })]),
    });
    expect((await op('listActivity', { token, query: { cursor: 'abc' } })).status).toBe(422);
    // pages of 50, newest first, each cursor continuing where the last page stopped
    const filler = Array.from({ length: 60 }, (_, i) => ({
      workspaceId: workspace.id,
      action: 'tag.created',
      entityType: 'Tag',
      entityId: `t${i}`,
    }));
    await getDb().activity.createMany({ data: filler });
    const first = (await op('listActivity', { token })).json as { activities: { id: string }[]; nextCursor: string };
    expect(first.activities).toHaveLength(50);
    const second = (await op('listActivity', { token, query: { cursor: first.nextCursor } })).json as typeof first;
    expect(BigInt(second.activities[0]!.id)).toBeLessThan(BigInt(first.activities.at(-1)!.id));
    expect(first.activities.length + second.activities.length).toBeGreaterThan(60);
    const ids = [...first.activities, ...second.activities].map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('webhooks: add, read, edit, test, the delivery log, delete', async () => {
    const { owner, checker, workspace } = await desk();
    const { secret: token } = await makeToken(owner.id, workspace.slug, 'owner');
    const { secret: checkerToken } = await makeToken(checker.id, workspace.slug, 'checker');
    const receiver = await startReceiver([204]);
    process.env.MARGIN_FETCH_ALLOW_HOSTS = '127.0.0.1';
    try {
      const body = { url: receiver.url, events: ['claim.proposed', 'source.gone'], description: 'Slack bridge' };
      const created = await op('createWebhook', { token, body });
      expect(created).toMatchObject({ status: 201, json: { secret: expect.stringMatching(/^whsec_/), enabled: true } });
      const webhookId = (created.json as { id: string }).id;
      expect((await op('createWebhook', { token: checkerToken, body })).status).toBe(403);
      expect((await op('createWebhook', { token, body: { ...body, events: [] } })).status).toBe(422);
      expect((await op('createWebhook', { token, body: { ...body, url: 'http://10.1.2.3/hook' } })).status).toBe(422);
      expect((await op('listWebhooks', { token })).json).toMatchObject({ webhooks: [{ id: webhookId }] });
      expect((await op('getWebhook', { token, params: { webhookId } })).json).not.toHaveProperty('secret');
      expect((await op('getWebhook', { token, params: { webhookId: 'nope' } })).status).toBe(404);
      const edit = { version: 1, events: ['document.imported'] };
      expect((await op('updateWebhook', { token, params: { webhookId }, body: edit })).json).toMatchObject({ version: 2 });
      expect((await op('updateWebhook', { token, params: { webhookId }, body: edit })).status).toBe(409);
      expect((await op('updateWebhook', { token, params: { webhookId }, body: { version: 2, url: 'ftp://x' } })).status).toBe(422);
      const test = await op('testWebhook', { token, params: { webhookId } });
      expect(test.json).toMatchObject({ eventType: 'webhook.test', status: 'succeeded', lastStatusCode: 204, attempts: 1 });
      expect(receiver.received).toHaveLength(1);
      expect((await op('listWebhookDeliveries', { token, params: { webhookId } })).json).toMatchObject({
        deliveries: [{ lastStatusCode: 204 }],
      });
      expect((await op('listWebhookDeliveries', { token, params: { webhookId: 'nope' } })).status).toBe(404);
      expect((await op('deleteWebhook', { token, params: { webhookId }, query: { version: '1' } })).status).toBe(409);
      expect((await op('deleteWebhook', { token, params: { webhookId }, query: { version: 'x' } })).status).toBe(422);
      expect((await op('deleteWebhook', { token, params: { webhookId } })).status).toBe(204);
      expect((await op('testWebhook', { token, params: { webhookId } })).status).toBe(404);
    } finally {
      delete process.env.MARGIN_FETCH_ALLOW_HOSTS;
      await receiver.close();
    }
  });
});
