// How many SQL statements each write of the REST API sends (BEGIN and COMMIT included), the
// figure docs/BENCHMARKS.md ("Many people at once") gives per write: under load every statement
// is a round trip that holds a connection and costs the request thread a write and a read, so a
// statement added to one of these paths should be a decision, not an accident.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { call, desk, loadApi, makeToken } from './support/api-client';

vi.mock('@/auth', async () => (await import('./support/session')).mockedAuthModule());
vi.mock('next/cache', () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ origin: 'http://localhost:3000' }) }));

const sent: string[] = [];
const query = pg.Client.prototype.query;

beforeAll(async () => {
  // every statement goes through a pg Client, the pool's and the transactions' alike
  pg.Client.prototype.query = function (this: pg.Client, ...args: Parameters<typeof query>) {
    const [statement] = args as unknown[];
    sent.push(typeof statement === 'string' ? statement : String((statement as { text?: string }).text));
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  await loadApi();
});
afterAll(() => {
  pg.Client.prototype.query = query;
});

/** The statements `run` sends, and its answer. */
async function statementsOf(run: () => Promise<{ status: number; json: unknown }>) {
  sent.length = 0;
  const answer = await run();
  return { answer, statements: [...sent] };
}

describe('statements per API write', () => {
  it('marks a claim, takes the workflow steps and comments in the statements documented', async () => {
    const { owner, checker, workspace, document, version } = await desk();
    // one after the other: making a token acts as its owner (support/session)
    const ownerToken = (await makeToken(owner.id, workspace.slug, 'checker')).secret;
    const checkerToken = (await makeToken(checker.id, workspace.slug, 'checker')).secret;
    // the first request of each token records when it was used (once a minute at most)
    for (const token of [ownerToken, checkerToken]) expect((await call('GET', '/api/v1/claims', { token })).status).toBe(200);

    const mark = await statementsOf(() =>
      call('POST', '/api/v1/documents/{documentId}/annotations', {
        token: ownerToken,
        params: { documentId: document.id },
        body: { versionId: version.id, start: 0, end: 11, kind: 'claim' },
      }),
    );
    expect(mark.answer.status).toBe(201);
    // token; BEGIN; the version; annotation, anchor, claim, activity; COMMIT
    expect(mark.statements).toHaveLength(8);
    const { claim, id: annotationId } = mark.answer.json as { id: string; claim: { id: string } };

    const step = (token: string, body: Record<string, unknown>) =>
      statementsOf(() => call('POST', '/api/v1/claims/{claimId}/steps', { token, params: { claimId: claim.id }, body }));
    const start = await step(ownerToken, { version: 1, step: 'start' });
    expect(start.answer.status).toBe(200);
    // token; BEGIN; lock; the claim; update; activity; COMMIT
    expect(start.statements).toHaveLength(7);
    const propose = await step(ownerToken, {
      version: (start.answer.json as { version: number }).version,
      step: 'propose',
      verdict: 'unverifiable',
      rationale: 'No record confirms it.',
      reviewerId: checker.id,
    });
    expect(propose.answer.status).toBe(200);
    // … and the reviewer's membership, the words judged, the webhooks, the notification
    expect(propose.statements).toHaveLength(11);
    const accept = await step(checkerToken, { version: (propose.answer.json as { version: number }).version, step: 'accept' });
    expect(accept.answer.status).toBe(200);
    expect(accept.statements).toHaveLength(10);

    const comment = await statementsOf(() =>
      call('POST', '/api/v1/annotations/{annotationId}/comments', {
        token: checkerToken,
        params: { annotationId },
        body: { body: 'Which source says so?' },
      }),
    );
    expect(comment.answer.status).toBe(201);
    // token; BEGIN; the annotation; comment; activity; COMMIT
    expect(comment.statements).toHaveLength(6);
  });
});
