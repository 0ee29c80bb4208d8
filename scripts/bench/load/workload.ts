// The mixed workload one signed-in person runs, request after request, until the time is up:
// open a document (page HTML, session cookie), list its annotations, query the claim board with
// filters and search, mark a claim, take a workflow step, comment (REST API, the person's token).
// Claims move start → propose (to the next person, who reviews) → accept, so every step is one
// the workflow allows: any non-2xx answer is unexpected.
import type { Dispatcher, Pool } from 'undici';
import { pickRange, type LoadDesk } from './seed';
import type { LoadStats } from './stats';

export type LoadClient = { index: number; cookie: string; token: string; address: string };
export type OwnClaim = { claimId: string; version: number; status: 'unchecked' | 'in_progress' };
export type Review = { claimId: string; version: number };

/** What every client shares: the desk, the claims to comment on, each person's own claims and reviews. */
export type Shared = {
  desk: LoadDesk;
  annotations: string[];
  ownClaims: OwnClaim[][];
  reviews: Review[][];
};

export const REQUEST_TYPES = ['open document', 'list annotations', 'board query', 'create annotation', 'claim step', 'comment'] as const;
type RequestType = (typeof REQUEST_TYPES)[number];
const WEIGHTS: Record<RequestType, number> = {
  'open document': 15,
  'list annotations': 20,
  'board query': 20,
  'create annotation': 15,
  'claim step': 15,
  comment: 15,
};
/** The writes, counted against the raw-pg ceiling. */
export const WRITE_TYPES: RequestType[] = ['create annotation', 'claim step', 'comment'];
const WORDS = ['Russia', 'containers', 'billion', 'percent', 'government', 'report', 'said'];

/** A request type by its weight, among `types`. */
function pickType(random: number, types: readonly RequestType[]): RequestType {
  let left = random * types.reduce((sum, type) => sum + WEIGHTS[type], 0);
  for (const type of types) {
    left -= WEIGHTS[type];
    if (left < 0) return type;
  }
  return types.at(-1)!;
}

const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)]!;

type Call = { method: Dispatcher.HttpMethod; path: string; body?: unknown; session?: boolean };

type Planned = { type: RequestType; call: Call; onJson?: (json: unknown) => void };

/** The request of one type for this client, and what to do with its answer. */
function nextCall(type: RequestType, client: LoadClient, shared: Shared): Planned {
  const { desk } = shared;
  const document = pick(desk.documents);
  switch (type) {
    case 'open document':
      return { type, call: { method: 'GET', path: `/w/${desk.workspace.slug}/documents/${document.id}`, session: true } };
    case 'list annotations':
      return { type, call: { method: 'GET', path: `/api/v1/documents/${document.id}/annotations` } };
    case 'board query': {
      const filters = pick([
        'status=in_progress',
        'assignee=me',
        `q=${pick(WORDS)}`,
        'status=proposed&sort=document',
        `kind=figure&q=${pick(WORDS)}`,
        `documentId=${document.id}&status=unchecked`,
        'verdict=none&sort=status&before=end',
      ]);
      return { type, call: { method: 'GET', path: `/api/v1/claims?${filters}` } };
    }
    case 'create annotation': {
      const range = pickRange(document.plainText, Math.floor(Math.random() * 1e6));
      const kind = Math.random() < 0.25 ? 'figure' : 'claim';
      return {
        type,
        call: {
          method: 'POST',
          path: `/api/v1/documents/${document.id}/annotations`,
          body: { versionId: document.versionId, ...range, kind },
        },
        onJson: (json) => {
          const created = json as { id: string; claim: { id: string } };
          shared.annotations.push(created.id);
          shared.ownClaims[client.index]!.push({ claimId: created.claim.id, version: 1, status: 'unchecked' });
        },
      };
    }
    case 'claim step':
      return claimStep(client, shared);
    case 'comment':
      return {
        type,
        call: { method: 'POST', path: `/api/v1/annotations/${pick(shared.annotations)}/comments`, body: { body: 'Which source says so?' } },
      };
  }
}

/** A review waiting for this person first; else the next step on one of their own claims; else a new claim. */
function claimStep(client: LoadClient, shared: Shared): Planned {
  const review = shared.reviews[client.index]!.shift();
  if (review)
    return {
      type: 'claim step',
      call: { method: 'POST', path: `/api/v1/claims/${review.claimId}/steps`, body: { version: review.version, step: 'accept' } },
    };
  const own = shared.ownClaims[client.index]!.shift();
  if (!own) return nextCall('create annotation', client, shared);
  const reviewerIndex = (client.index + 1) % shared.desk.members.length;
  const body =
    own.status === 'unchecked'
      ? { version: own.version, step: 'start' }
      : {
          version: own.version,
          step: 'propose',
          verdict: 'unverifiable',
          rationale: 'No record confirms it.',
          reviewerId: shared.desk.members[reviewerIndex]!.id,
        };
  return {
    type: 'claim step',
    call: { method: 'POST', path: `/api/v1/claims/${own.claimId}/steps`, body },
    onJson: (json) => {
      const { version } = json as { version: number };
      if (own.status === 'unchecked') shared.ownClaims[client.index]!.push({ ...own, version, status: 'in_progress' });
      else shared.reviews[reviewerIndex]!.push({ claimId: own.claimId, version });
    },
  };
}

export type Pace = {
  /** The request types to send (by their weights among themselves); all by default. */
  types?: readonly RequestType[];
  /** The pause before each request, ms (a person reading); none by default: a closed loop. */
  thinkMs?: () => number;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs this client's requests one after another until `until` (performance.now()). */
export async function runClient(pool: Pool, client: LoadClient, shared: Shared, stats: LoadStats, until: number, pace: Pace = {}) {
  while (performance.now() < until) {
    if (pace.thinkMs) {
      const pause = pace.thinkMs();
      if (performance.now() + pause >= until) return;
      await sleep(pause);
    }
    const { type, call, onJson } = nextCall(pickType(Math.random(), pace.types ?? REQUEST_TYPES), client, shared);
    // as a browser would, except where this client reads the answer (it does not decompress)
    const headers: Record<string, string> = { 'x-forwarded-for': client.address };
    if (call.method === 'GET') headers['accept-encoding'] = 'gzip, br';
    if (call.session) headers.cookie = client.cookie;
    else headers.authorization = `Bearer ${client.token}`;
    if (call.body) headers['content-type'] = 'application/json';
    const started = performance.now();
    try {
      const response = await pool.request({
        method: call.method,
        path: call.path,
        headers,
        body: call.body ? JSON.stringify(call.body) : undefined,
      });
      const text = await response.body.text();
      stats.record(type, { ms: performance.now() - started, status: response.statusCode });
      if (response.statusCode < 300 && onJson) onJson(JSON.parse(text));
      else if (response.statusCode >= 300 && stats.firstErrors.length < 5)
        stats.firstErrors.push(`${type} ${call.method} ${call.path} → ${response.statusCode} ${text.slice(0, 200)}`);
    } catch (error) {
      const code = (error as { code?: string }).code ?? (error as Error).name;
      stats.record(type, { ms: performance.now() - started, socketError: code });
    }
  }
}
