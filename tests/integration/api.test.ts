// The REST API for real: personal access tokens made through the account page's actions, the
// route handlers under app/api/v1 called with a Request carrying `Authorization: Bearer …`,
// against PostgreSQL. Also: every route handler is in the OpenAPI document, and back.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { API_ENDPOINTS, buildOpenApiDocument } from '@/lib/api/openapi';
import { getDb } from '@/lib/db';
import type { ActionResult } from '@/lib/errors';
import type { WorkspaceRole } from '@/lib/generated/prisma/enums';
import { importPlainText } from '@/lib/import';
import { importDocument } from '@/lib/server/documents/import-document';
import { hashApiToken } from '@/lib/api/tokens';
import { addMember, makeUser, makeWorkspace } from './support/factories';
import { actAs } from './support/session';

vi.mock('@/auth', async () => (await import('./support/session')).mockedAuthModule());
vi.mock('next/cache', () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ origin: 'http://localhost:3000' }) }));

const ROOT = path.resolve(import.meta.dirname, '../..');
const V1 = path.join(ROOT, 'app/api/v1');
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const TEXT = 'North Korea has shipped over 16,500 containers of munitions to Russia.\n\nPoland signed a record $14 billion deal in 2022.';

/** app/api/v1/documents/[documentId]/route.ts → /api/v1/documents/{documentId} */
function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === 'route.ts' ? [full] : [];
  });
}
const apiPath = (file: string) => `/${path.relative(path.join(ROOT, 'app'), path.dirname(file)).split(path.sep).join('/').replace(/\[(\w+)\]/g, '{$1}')}`;

const handlers = new Map<string, Handler>(); // "GET /api/v1/documents/{documentId}" → handler

/** Calls the handler of `method path` as Next would, with a Bearer token (or none). */
async function call(
  method: (typeof METHODS)[number],
  template: string,
  { token, params = {}, body, query }: { token?: string | null; params?: Record<string, string>; body?: unknown; query?: Record<string, string> },
) {
  const handler = handlers.get(`${method} ${template}`);
  if (!handler) throw new Error(`no handler for ${method} ${template}`);
  const url = new URL(`http://localhost:3000${template.replace(/\{(\w+)\}/g, (_, name: string) => params[name]!)}`);
  for (const [key, value] of Object.entries(query ?? {})) url.searchParams.set(key, value);
  const headers = new Headers();
  if (token) headers.set('authorization', `Bearer ${token}`);
  if (body !== undefined) headers.set('content-type', 'application/json');
  const request = new Request(url, { method, headers, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers, read field by field below
  return { status: response.status, json: (text ? JSON.parse(text) : null) as any };
}

async function action<T>(userId: string, run: () => Promise<ActionResult<T>>) {
  actAs(userId);
  try {
    return await run();
  } finally {
    actAs(null);
  }
}

type Actions = typeof import('@/app/(app)/account/token-actions');
let tokenActions: Actions;

/** A token made through the account page's action, as `userId`. */
async function makeToken(userId: string, workspace: string, role: WorkspaceRole, expiresIn = '30') {
  const result = await action(userId, () => tokenActions.createApiTokenAction({ workspace, name: `Token ${role}`, role, expiresIn }));
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

async function desk() {
  const [owner, checker] = await Promise.all([makeUser(), makeUser()]);
  const workspace = await makeWorkspace(owner!.id);
  await addMember(workspace.id, checker!.id, 'checker');
  const document = await importDocument({ workspaceId: workspace.id, userId: owner!.id, imported: importPlainText(TEXT), origin: 'paste' });
  const version = await getDb().documentVersion.findFirstOrThrow({ where: { documentId: document.id }, select: { id: true, plainText: true } });
  return { owner: owner!, checker: checker!, workspace, document, version };
}

beforeAll(async () => {
  tokenActions = await import('@/app/(app)/account/token-actions');
  for (const file of routeFiles(V1)) {
    const exported = (await import(file)) as Record<string, unknown>;
    for (const method of METHODS) if (typeof exported[method] === 'function') handlers.set(`${method} ${apiPath(file)}`, exported[method] as Handler);
  }
});

describe('OpenAPI document', () => {
  it('declares every route handler under app/api/v1, and nothing else', () => {
    const document = buildOpenApiDocument();
    const declared = Object.entries(document.paths).flatMap(([route, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${route}`));
    expect([...handlers.keys()].sort()).toEqual(declared.sort());
    expect(handlers.size).toBe(API_ENDPOINTS.length);
  });

  it('is served at /api/openapi.json, with bodies from the zod schemas minus the path ids', async () => {
    const { GET } = await import('@/app/api/openapi.json/route');
    const response = GET();
    expect(response.status).toBe(200);
    const document = await response.json();
    expect(document.openapi).toMatch(/^3\./);
    const create = document.paths['/api/v1/documents/{documentId}/annotations'].post;
    expect(create.requestBody.content['application/json'].schema.required).toEqual(['versionId', 'start', 'end', 'kind']);
    expect(create.requestBody.content['application/json'].schema.properties.documentId).toBeUndefined();
    const step = document.paths['/api/v1/claims/{claimId}/steps'].post.requestBody.content['application/json'].schema;
    expect(step.oneOf.map((variant: { properties: { step: { enum: string[] } } }) => variant.properties.step.enum[0])).toEqual(['start', 'propose', 'accept', 'send_back', 'reopen']);
    expect(JSON.stringify(step)).not.toContain('claimId');
    const claims = document.paths['/api/v1/claims'].get.parameters.map((parameter: { name: string }) => parameter.name);
    expect(claims).toEqual(expect.arrayContaining(['status', 'kind', 'tag', 'assignee', 'verdict', 'sort', 'page', 'q', 'documentId']));
  });
});

describe('personal access tokens', () => {
  it('are created in the account page, shown once and stored as a hash', async () => {
    const { owner, workspace } = await desk();
    const token = await makeToken(owner.id, workspace.slug, 'editor');
    expect(token.secret).toMatch(/^mgn_/);
    const stored = await getDb().apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(stored.tokenHash).toBe(hashApiToken(token.secret));
    expect(JSON.stringify(stored)).not.toContain(token.secret);
    expect(token.secret.startsWith(stored.prefix)).toBe(true);
    expect(stored.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 3600_000);
  });

  it('cannot have a role above the creator’s, nor serve a workspace they are not in', async () => {
    const { checker, workspace } = await desk();
    const tooHigh = await action(checker.id, () => tokenActions.createApiTokenAction({ workspace: workspace.slug, name: 'CMS', role: 'editor' }));
    expect(tooHigh.ok ? null : tooHigh.code).toBe('invalid');
    expect(tooHigh.ok ? null : tooHigh.fieldErrors?.role).toBeTruthy();
    const other = await desk();
    const elsewhere = await action(checker.id, () => tokenActions.createApiTokenAction({ workspace: other.workspace.slug, name: 'CMS', role: 'viewer' }));
    expect(elsewhere.ok ? null : elsewhere.code).toBe('not_found');
    const signedOut = await tokenActions.createApiTokenAction({ workspace: workspace.slug, name: 'CMS', role: 'viewer' });
    expect(signedOut.ok ? null : signedOut.code).toBe('unauthorized');
  });

  it('are revoked by their owner only, and then answer 401', async () => {
    const { owner, checker, workspace } = await desk();
    const token = await makeToken(owner.id, workspace.slug, 'viewer');
    expect((await call('GET', '/api/v1/documents', { token: token.secret })).status).toBe(200);
    const byOther = await action(checker.id, () => tokenActions.revokeApiTokenAction({ tokenId: token.id }));
    expect(byOther.ok ? null : byOther.code).toBe('not_found');
    const revoked = await action(owner.id, () => tokenActions.revokeApiTokenAction({ tokenId: token.id }));
    expect(revoked.ok).toBe(true);
    const answer = await call('GET', '/api/v1/documents', { token: token.secret });
    expect(answer).toEqual({ status: 401, json: { code: 'unauthorized', error: expect.any(String) } });
  });

  it('stop working when expired, and record when they were last used', async () => {
    const { owner, workspace } = await desk();
    const token = await makeToken(owner.id, workspace.slug, 'viewer');
    await call('GET', '/api/v1/sources', { token: token.secret });
    expect((await getDb().apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).not.toBeNull();
    await getDb().apiToken.update({ where: { id: token.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await call('GET', '/api/v1/sources', { token: token.secret })).status).toBe(401);
  });

  it('answer 401 without a token or with an unknown one', async () => {
    expect((await call('GET', '/api/v1/documents', {})).json.code).toBe('unauthorized');
    expect((await call('GET', '/api/v1/documents', { token: 'mgn_not-a-real-token' })).status).toBe(401);
  });

  it('act with the lower of their role and the member’s current one, and die with the membership', async () => {
    const { checker, workspace, document, version } = await desk();
    const token = await makeToken(checker.id, workspace.slug, 'checker');
    const documentId = document.id;
    const body = { versionId: version.id, start: 0, end: 11, kind: 'note' };
    expect((await call('POST', '/api/v1/documents/{documentId}/annotations', { token: token.secret, params: { documentId }, body })).status).toBe(201);
    await getDb().membership.update({ where: { workspaceId_userId: { workspaceId: workspace.id, userId: checker.id } }, data: { role: 'viewer' } });
    const demoted = await call('POST', '/api/v1/documents/{documentId}/annotations', { token: token.secret, params: { documentId }, body });
    expect(demoted.status).toBe(403);
    expect(demoted.json.code).toBe('forbidden');
    await getDb().membership.delete({ where: { workspaceId_userId: { workspaceId: workspace.id, userId: checker.id } } });
    expect((await call('GET', '/api/v1/documents', { token: token.secret })).status).toBe(401);
    expect(await getDb().apiToken.count({ where: { id: token.id } })).toBe(0);
  });
});

describe('REST API', () => {
  it('drives a token through documents, versions, annotations, claims, evidence and sources', async () => {
    const { owner, checker, workspace, document, version } = await desk();
    const { secret: token } = await makeToken(owner.id, workspace.slug, 'editor');

    const documents = await call('GET', '/api/v1/documents', { token });
    expect(documents.status).toBe(200);
    expect(documents.json.documents.map((row: { id: string }) => row.id)).toEqual([document.id]);
    const one = await call('GET', '/api/v1/documents/{documentId}', { token, params: { documentId: document.id } });
    expect(one.json.version.id).toBe(version.id);
    const versions = await call('GET', '/api/v1/documents/{documentId}/versions', { token, params: { documentId: document.id } });
    expect(versions.json.versions).toEqual([expect.objectContaining({ id: version.id, number: 1, characters: version.plainText.length })]);
    const text = await call('GET', '/api/v1/documents/{documentId}/versions/{versionId}', { token, params: { documentId: document.id, versionId: version.id } });
    expect(text.json.plainText).toBe(version.plainText);

    const start = version.plainText.indexOf('over 16,500 containers');
    const created = await call('POST', '/api/v1/documents/{documentId}/annotations', {
      token,
      params: { documentId: document.id },
      body: { versionId: version.id, start, end: start + 'over 16,500 containers'.length, kind: 'figure', tagIds: [] },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ kind: 'figure', exact: 'over 16,500 containers', claim: { id: expect.any(String) } });
    const claimId: string = created.json.claim.id;
    const annotations = await call('GET', '/api/v1/documents/{documentId}/annotations', { token, params: { documentId: document.id } });
    expect(annotations.json.annotations).toEqual([expect.objectContaining({ id: created.json.id, start, state: 'anchored' })]);

    const claims = await call('GET', '/api/v1/claims', { token, query: { kind: 'figure', status: 'unchecked' } });
    expect(claims.json).toMatchObject({ total: 1, page: 1, claims: [{ id: claimId, quote: 'over 16,500 containers' }] });
    expect((await call('GET', '/api/v1/claims', { token, query: { status: 'in_progress' } })).json.total).toBe(0);
    const ofDocument = await call('GET', '/api/v1/claims', { token, query: { documentId: document.id, sort: 'document' } });
    expect(ofDocument.json.claims.map((row: { id: string }) => row.id)).toEqual([claimId]);

    const reworded = await call('PATCH', '/api/v1/claims/{claimId}', { token, params: { claimId }, body: { version: 1, statement: 'North Korea shipped 16,500 containers.' } });
    expect(reworded.json).toEqual({ id: claimId, version: 2 });
    const stale = await call('PATCH', '/api/v1/claims/{claimId}', { token, params: { claimId }, body: { version: 1, statement: 'Again' } });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe('conflict');
    const assigned = await call('POST', '/api/v1/claims/{claimId}/assign', { token, params: { claimId }, body: { version: 2, assigneeId: checker.id } });
    expect(assigned.json.version).toBe(3);
    const started = await call('POST', '/api/v1/claims/{claimId}/steps', { token, params: { claimId }, body: { version: 3, step: 'start' } });
    expect(started.json).toMatchObject({ status: 'in_progress', version: 4 });

    const evidenceBody = { url: 'https://www.politico.eu/article/north-korea-munitions/?utm_source=x', stance: 'supports', quote: '16,500 containers' };
    const evidence = await call('POST', '/api/v1/claims/{claimId}/evidence', { token, params: { claimId }, body: evidenceBody });
    expect(evidence.status).toBe(201);
    const twice = await call('POST', '/api/v1/claims/{claimId}/evidence', { token, params: { claimId }, body: evidenceBody });
    expect(twice.status).toBe(409);
    const proposed = await call('POST', '/api/v1/claims/{claimId}/steps', {
      token,
      params: { claimId },
      body: { version: 4, step: 'propose', verdict: 'verified', rationale: 'Politico quotes the State Department.' },
    });
    expect(proposed.json).toMatchObject({ status: 'proposed', verdict: 'verified' });
    const ownReview = await call('POST', '/api/v1/claims/{claimId}/steps', { token, params: { claimId }, body: { version: 5, step: 'accept' } });
    expect(ownReview.status).toBe(422); // the workflow refuses reviewing one's own verdict, with its reason
    expect(ownReview.json.code).toBe('invalid');

    const claim = await call('GET', '/api/v1/claims/{claimId}', { token, params: { claimId } });
    expect(claim.json).toMatchObject({ id: claimId, status: 'proposed', statement: 'North Korea shipped 16,500 containers.', assignee: { id: checker.id } });
    expect(claim.json.evidence).toHaveLength(1);
    const sources = await call('GET', '/api/v1/sources', { token });
    const sourceId: string = sources.json.sources.find((row: { url: string }) => row.url.includes('politico.eu')).id;
    const source = await call('GET', '/api/v1/sources/{sourceId}', { token, params: { sourceId } });
    expect(source.json.evidence.map((row: { claim: { id: string } }) => row.claim.id)).toEqual([claimId]);

    const lastOne = await call('DELETE', '/api/v1/evidence/{evidenceId}', { token, params: { evidenceId: evidence.json.id } });
    expect(lastOne.status).toBe(422); // the proposed "verified" rests on it alone
    const reopen = await call('POST', '/api/v1/claims/{claimId}/steps', { token, params: { claimId }, body: { version: 5, step: 'reopen', reason: 'Second look' } });
    expect(reopen.status).toBe(422); // only reviewed claims are reopened
    await getDb().claim.update({ where: { id: claimId }, data: { status: 'in_progress', verdict: null } }); // as if sent back
    const removed = await call('DELETE', '/api/v1/evidence/{evidenceId}', { token, params: { evidenceId: evidence.json.id } });
    expect(removed).toEqual({ status: 204, json: null });
  });

  it('refuses what lies outside the token’s workspace (404) and its role (403)', async () => {
    const mine = await desk();
    const theirs = await desk();
    const { secret: token } = await makeToken(mine.owner.id, mine.workspace.slug, 'owner');
    const theirClaim = await call('POST', '/api/v1/documents/{documentId}/annotations', {
      token: (await makeToken(theirs.owner.id, theirs.workspace.slug, 'editor')).secret,
      params: { documentId: theirs.document.id },
      body: { versionId: theirs.version.id, start: 0, end: 11, kind: 'claim' },
    });
    const theirClaimId: string = theirClaim.json.claim.id;
    const notFound = [
      await call('GET', '/api/v1/documents/{documentId}', { token, params: { documentId: theirs.document.id } }),
      await call('GET', '/api/v1/documents/{documentId}/versions', { token, params: { documentId: theirs.document.id } }),
      await call('GET', '/api/v1/documents/{documentId}/versions/{versionId}', { token, params: { documentId: theirs.document.id, versionId: theirs.version.id } }),
      await call('GET', '/api/v1/documents/{documentId}/annotations', { token, params: { documentId: theirs.document.id } }),
      await call('POST', '/api/v1/documents/{documentId}/annotations', { token, params: { documentId: theirs.document.id }, body: { versionId: theirs.version.id, start: 0, end: 5, kind: 'note' } }),
      await call('GET', '/api/v1/claims/{claimId}', { token, params: { claimId: theirClaimId } }),
      await call('PATCH', '/api/v1/claims/{claimId}', { token, params: { claimId: theirClaimId }, body: { version: 1, statement: 'Mine now' } }),
      await call('POST', '/api/v1/claims/{claimId}/steps', { token, params: { claimId: theirClaimId }, body: { version: 1, step: 'start' } }),
      await call('GET', '/api/v1/claims', { token, query: { documentId: theirs.document.id } }),
    ];
    expect(notFound.map((answer) => [answer.status, answer.json.code])).toEqual(notFound.map(() => [404, 'not_found']));
    const list = await call('GET', '/api/v1/claims', { token });
    expect(list.json.claims.map((row: { id: string }) => row.id)).not.toContain(theirClaimId);
    expect((await getDb().claim.findUniqueOrThrow({ where: { id: theirClaimId } })).status).toBe('unchecked');

    const { secret: viewer } = await makeToken(mine.owner.id, mine.workspace.slug, 'viewer');
    const mark = await call('POST', '/api/v1/documents/{documentId}/annotations', {
      token,
      params: { documentId: mine.document.id },
      body: { versionId: mine.version.id, start: 0, end: 11, kind: 'claim' },
    });
    const claimId: string = mark.json.claim.id;
    const step = await call('POST', '/api/v1/claims/{claimId}/steps', { token: viewer, params: { claimId }, body: { version: 1, step: 'start' } });
    expect(step).toEqual({ status: 403, json: { code: 'forbidden', error: expect.stringContaining('viewer') } });
    expect((await call('GET', '/api/v1/claims/{claimId}', { token: viewer, params: { claimId } })).status).toBe(200);
  });

  it('answers invalid input with 422 and the fields at fault, and changes nothing', async () => {
    const { owner, workspace, document, version } = await desk();
    const { secret: token } = await makeToken(owner.id, workspace.slug, 'editor');
    const params = { documentId: document.id };
    const bad = await call('POST', '/api/v1/documents/{documentId}/annotations', { token, params, body: { versionId: version.id, start: 'x', end: 3, kind: 'quote' } });
    expect(bad.status).toBe(422);
    expect(bad.json.code).toBe('invalid');
    expect(Object.keys(bad.json.fieldErrors).sort()).toEqual(['kind', 'start']);
    const notJson = await call('POST', '/api/v1/documents/{documentId}/annotations', { token, params, body: '{not json' });
    expect(notJson).toEqual({ status: 422, json: { code: 'invalid', error: 'The request body must be JSON.' } });
    const outside = await call('POST', '/api/v1/documents/{documentId}/annotations', { token, params, body: { versionId: version.id, start: 0, end: 100_000, kind: 'note' } });
    expect(outside.status).toBe(422);
    const filters = await call('GET', '/api/v1/claims', { token, query: { status: 'done', page: '0' } });
    expect(filters.status).toBe(422);
    expect(Object.keys(filters.json.fieldErrors).sort()).toEqual(['page', 'status']);
    const step = await call('POST', '/api/v1/claims/{claimId}/steps', { token, params: { claimId: 'nope' }, body: { version: 1, step: 'propose' } });
    expect(step.status).toBe(422);
    expect(step.json.fieldErrors).toHaveProperty('verdict');
    const unknown = await call('POST', '/api/v1/claims/{claimId}/steps', { token, params: { claimId: 'nope' }, body: { version: 1, step: 'start' } });
    expect(unknown.status).toBe(404);
    expect(await getDb().annotation.count({ where: { documentId: document.id } })).toBe(0);
  });
});
