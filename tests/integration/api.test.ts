// The REST API for real: personal access tokens made through the account page's actions, the
// route handlers under app/api/v1 called with a Request carrying `Authorization: Bearer …`,
// against PostgreSQL: a token driven through its work, and refused outside its scope.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { hashApiToken } from '@/lib/api/tokens';
import { getDb } from '@/lib/db';
import { action, call, desk, loadApi, makeToken, respond, tokenActions } from './support/api-client';

vi.mock('@/auth', async () => (await import('./support/session')).mockedAuthModule());
vi.mock('next/cache', () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ origin: 'http://localhost:3000' }) }));

beforeAll(loadApi);

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
    const tooHigh = await action(checker.id, () =>
      tokenActions.createApiTokenAction({ workspace: workspace.slug, name: 'CMS', role: 'editor' }),
    );
    expect(tooHigh.ok ? null : tooHigh.code).toBe('invalid');
    expect(tooHigh.ok ? null : tooHigh.fieldErrors?.role).toBeTruthy();
    const other = await desk();
    const elsewhere = await action(checker.id, () =>
      tokenActions.createApiTokenAction({ workspace: other.workspace.slug, name: 'CMS', role: 'viewer' }),
    );
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

  it('answer unknown API paths with a JSON 404, token or not', async () => {
    const { GET, POST } = await import('@/app/api/v1/[...path]/route');
    for (const response of [await GET(), await POST()]) {
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ code: 'not_found' });
    }
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
    expect(
      (await call('POST', '/api/v1/documents/{documentId}/annotations', { token: token.secret, params: { documentId }, body })).status,
    ).toBe(201);
    await getDb().membership.update({
      where: { workspaceId_userId: { workspaceId: workspace.id, userId: checker.id } },
      data: { role: 'viewer' },
    });
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
    const text = await call('GET', '/api/v1/documents/{documentId}/versions/{versionId}', {
      token,
      params: { documentId: document.id, versionId: version.id },
    });
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
    expect(claims.json).toMatchObject({
      total: 1,
      page: 1,
      pageCount: 1,
      next: null,
      previous: null,
      claims: [{ id: claimId, quote: 'over 16,500 containers' }],
    });
    const lastPage = await call('GET', '/api/v1/claims', { token, query: { kind: 'figure', before: 'end' } });
    expect(lastPage.json).toMatchObject({ page: 1, next: null, claims: [{ id: claimId }] });
    expect((await call('GET', '/api/v1/claims', { token, query: { after: 'not a cursor!' } })).status).toBe(422);
    // A page number alone (offset paging, before keys) is refused, not answered with page 1 again.
    const byNumber = await call('GET', '/api/v1/claims', { token, query: { page: '2' } });
    expect(byNumber.status).toBe(422);
    expect(JSON.stringify(byNumber.json)).toContain('follow the answer’s next');
    expect((await call('GET', '/api/v1/claims', { token, query: { status: 'in_progress' } })).json.total).toBe(0);
    const ofDocument = await call('GET', '/api/v1/claims', { token, query: { documentId: document.id, sort: 'document' } });
    expect(ofDocument.json.claims.map((row: { id: string }) => row.id)).toEqual([claimId]);

    const reworded = await call('PATCH', '/api/v1/claims/{claimId}', {
      token,
      params: { claimId },
      body: { version: 1, statement: 'North Korea shipped 16,500 containers.' },
    });
    expect(reworded.json).toEqual({ id: claimId, version: 2 });
    const stale = await call('PATCH', '/api/v1/claims/{claimId}', { token, params: { claimId }, body: { version: 1, statement: 'Again' } });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe('stale');
    const assigned = await call('POST', '/api/v1/claims/{claimId}/assign', {
      token,
      params: { claimId },
      body: { version: 2, assigneeId: checker.id },
    });
    expect(assigned.json.version).toBe(3);
    const started = await call('POST', '/api/v1/claims/{claimId}/steps', {
      token,
      params: { claimId },
      body: { version: 3, step: 'start' },
    });
    expect(started.json).toMatchObject({ status: 'in_progress', version: 4 });

    const evidenceBody = {
      url: 'https://www.politico.eu/article/north-korea-munitions/?utm_source=x',
      stance: 'supports',
      quote: '16,500 containers',
    };
    const evidence = await call('POST', '/api/v1/claims/{claimId}/evidence', { token, params: { claimId }, body: evidenceBody });
    expect(evidence.status).toBe(201);
    const twice = await call('POST', '/api/v1/claims/{claimId}/evidence', { token, params: { claimId }, body: evidenceBody });
    expect(twice.status).toBe(409);
    const proposed = await call('POST', '/api/v1/claims/{claimId}/steps', {
      token,
      params: { claimId },
      body: {
        version: 4,
        step: 'propose',
        verdict: 'verified',
        rationale: 'Politico quotes the State Department.',
        reviewerId: checker.id,
      },
    });
    expect(proposed.json).toMatchObject({ status: 'proposed', verdict: 'verified' });
    // the reviewer asked for is the only one notified, and the claim names them
    const requests = await getDb().notification.findMany({ where: { claimId, kind: 'review_request' }, select: { userId: true } });
    expect(requests).toEqual([{ userId: checker.id }]);
    const asked = await call('GET', '/api/v1/claims/{claimId}', { token, params: { claimId } });
    expect(asked.json.requestedReviewer).toMatchObject({ id: checker.id });
    const ownReview = await call('POST', '/api/v1/claims/{claimId}/steps', {
      token,
      params: { claimId },
      body: { version: 5, step: 'accept' },
    });
    expect(ownReview.status).toBe(422); // the workflow refuses reviewing one's own verdict, with its reason
    expect(ownReview.json.code).toBe('invalid');

    const claim = await call('GET', '/api/v1/claims/{claimId}', { token, params: { claimId } });
    expect(claim.json).toMatchObject({
      id: claimId,
      status: 'proposed',
      statement: 'North Korea shipped 16,500 containers.',
      assignee: { id: checker.id },
    });
    expect(claim.json.evidence).toHaveLength(1);
    const sources = await call('GET', '/api/v1/sources', { token });
    const sourceId: string = sources.json.sources.find((row: { url: string }) => row.url.includes('politico.eu')).id;
    const source = await call('GET', '/api/v1/sources/{sourceId}', { token, params: { sourceId } });
    expect(source.json.evidence.map((row: { claim: { id: string } }) => row.claim.id)).toEqual([claimId]);

    const reopen = await call('POST', '/api/v1/claims/{claimId}/steps', {
      token,
      params: { claimId },
      body: { version: 5, step: 'reopen', reason: 'Second look' },
    });
    expect(reopen.status).toBe(422); // only reviewed claims are reopened
    // What the proposed verdict judges changes only as an explicit send-back (lib/claims/judged-content).
    const reword = await call('PATCH', '/api/v1/claims/{claimId}', {
      token,
      params: { claimId },
      body: { version: 5, statement: 'Again' },
    });
    expect(reword.status).toBe(409);
    expect(reword.json).toMatchObject({ code: 'conflict', error: expect.stringContaining('sends it back to in progress') });
    const params = { evidenceId: evidence.json.id };
    const lastOne = await call('DELETE', '/api/v1/evidence/{evidenceId}', { token, params });
    expect(lastOne.status).toBe(409);
    const removed = await call('DELETE', '/api/v1/evidence/{evidenceId}', { token, params, query: { sendBack: 'true' } });
    expect(removed).toEqual({ status: 204, json: null });
    const sentBack = await call('GET', '/api/v1/claims/{claimId}', { token, params: { claimId } });
    expect(sentBack.json).toMatchObject({ status: 'in_progress', verdict: null, statement: 'North Korea shipped 16,500 containers.' });
    expect(sentBack.json.evidence).toEqual([]);

    // Exports stream the claims, reviewed ones by default, as the UI's download does.
    const csv = await respond('GET', '/api/v1/exports', { token, query: { format: 'csv', status: 'any' } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(await csv.text()).toContain('North Korea shipped 16,500 containers.');
    const json = await call('GET', '/api/v1/exports', { token, query: { format: 'json', status: 'any', document: document.id } });
    expect(json.json.map((row: { id: string }) => row.id)).toEqual([claimId]);
    expect((await call('GET', '/api/v1/exports', { token, query: { format: 'json' } })).json).toEqual([]); // nothing reviewed yet
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
      await call('GET', '/api/v1/documents/{documentId}/versions/{versionId}', {
        token,
        params: { documentId: theirs.document.id, versionId: theirs.version.id },
      }),
      await call('GET', '/api/v1/documents/{documentId}/annotations', { token, params: { documentId: theirs.document.id } }),
      await call('POST', '/api/v1/documents/{documentId}/annotations', {
        token,
        params: { documentId: theirs.document.id },
        body: { versionId: theirs.version.id, start: 0, end: 5, kind: 'note' },
      }),
      await call('GET', '/api/v1/claims/{claimId}', { token, params: { claimId: theirClaimId } }),
      await call('PATCH', '/api/v1/claims/{claimId}', {
        token,
        params: { claimId: theirClaimId },
        body: { version: 1, statement: 'Mine now' },
      }),
      await call('POST', '/api/v1/claims/{claimId}/steps', {
        token,
        params: { claimId: theirClaimId },
        body: { version: 1, step: 'start' },
      }),
      await call('GET', '/api/v1/claims', { token, query: { documentId: theirs.document.id } }),
      await call('GET', '/api/v1/exports', { token, query: { format: 'json', status: 'any', document: theirs.document.id } }),
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
    const step = await call('POST', '/api/v1/claims/{claimId}/steps', {
      token: viewer,
      params: { claimId },
      body: { version: 1, step: 'start' },
    });
    expect(step).toEqual({ status: 403, json: { code: 'forbidden', error: expect.stringContaining('viewer') } });
    expect((await call('GET', '/api/v1/claims/{claimId}', { token: viewer, params: { claimId } })).status).toBe(200);
  });

  it('answers invalid input with 422 and the fields at fault, and changes nothing', async () => {
    const { owner, workspace, document, version } = await desk();
    const { secret: token } = await makeToken(owner.id, workspace.slug, 'editor');
    const params = { documentId: document.id };
    const bad = await call('POST', '/api/v1/documents/{documentId}/annotations', {
      token,
      params,
      body: { versionId: version.id, start: 'x', end: 3, kind: 'quote' },
    });
    expect(bad.status).toBe(422);
    expect(bad.json.code).toBe('invalid');
    expect(Object.keys(bad.json.fieldErrors).sort()).toEqual(['kind', 'start']);
    const notJson = await call('POST', '/api/v1/documents/{documentId}/annotations', { token, params, body: '{not json' });
    expect(notJson).toEqual({ status: 422, json: { code: 'invalid', error: 'The request body must be JSON.' } });
    const huge = await call('POST', '/api/v1/documents/{documentId}/annotations', {
      token,
      params,
      body: { versionId: version.id, start: 0, end: 3, kind: 'note', tagIds: ['x'.repeat(300_000)] },
    });
    expect(huge).toMatchObject({ status: 413, json: { code: 'too_large', error: expect.stringContaining('too large') } });
    const outside = await call('POST', '/api/v1/documents/{documentId}/annotations', {
      token,
      params,
      body: { versionId: version.id, start: 0, end: 100_000, kind: 'note' },
    });
    expect(outside.status).toBe(422);
    const filters = await call('GET', '/api/v1/claims', { token, query: { status: 'done', page: '0' } });
    expect(filters.status).toBe(422);
    expect(Object.keys(filters.json.fieldErrors).sort()).toEqual(['page', 'status']);
    const step = await call('POST', '/api/v1/claims/{claimId}/steps', {
      token,
      params: { claimId: 'nope' },
      body: { version: 1, step: 'propose' },
    });
    expect(step.status).toBe(422);
    expect(step.json.fieldErrors).toHaveProperty('verdict');
    const format = await call('GET', '/api/v1/exports', { token, query: { format: 'pdf' } });
    expect(format.status).toBe(422);
    expect(format.json.fieldErrors).toHaveProperty('format');
    const unknown = await call('POST', '/api/v1/claims/{claimId}/steps', {
      token,
      params: { claimId: 'nope' },
      body: { version: 1, step: 'start' },
    });
    expect(unknown.status).toBe(404);
    expect(await getDb().annotation.count({ where: { documentId: document.id } })).toBe(0);
  });
});
