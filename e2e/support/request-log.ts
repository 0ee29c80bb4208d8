import { expect, type Page, type Request } from '@playwright/test';

/** What one page asked its server for, by kind. */
export type RequestCounts = {
  /** Server-action POSTs (header `next-action`). */
  actionPosts: number;
  /** …of which answered with the page rendered again (header `x-action-revalidated`, as `refresh()` does). */
  actionPageRenders: number;
  /** Page refreshes: RSC GETs (header `rsc: 1` or `?_rsc=`) that are not link prefetches. */
  pageRefreshes: number;
  /** Link prefetches (RSC GETs with `next-router-prefetch`). */
  prefetches: number;
  /** GETs of a claim's details (GET /api/w/[workspace]/claims/[claimId]). */
  claimGets: number;
};

const zero = (): RequestCounts => ({ actionPosts: 0, actionPageRenders: 0, pageRefreshes: 0, prefetches: 0, claimGets: 0 });
const CLAIM_GET = /\/api\/w\/[^/]+\/claims\/[^/?]+$/;

/** The kinds a request counts under; none for what is not measured (the live stream, presence, assets). */
async function kindsOf(request: Request): Promise<(keyof RequestCounts)[]> {
  const headers = await request.allHeaders();
  const url = new URL(request.url());
  if (request.method() === 'POST' && headers['next-action']) return ['actionPosts'];
  if (request.method() !== 'GET') return [];
  if (headers['rsc'] === '1' || url.searchParams.has('_rsc')) return [headers['next-router-prefetch'] ? 'prefetches' : 'pageRefreshes'];
  if (CLAIM_GET.test(url.pathname)) return ['claimGets'];
  return [];
}

/**
 * Counts the requests `page` makes between `start()` and `stop()`. `settled()` waits until every
 * counted request that began has finished.
 */
export function recordRequests(page: Page) {
  let counts = zero();
  let recording = false;
  const inFlight = new Set<Request>();
  page.on('request', (request) => {
    if (!recording) return;
    inFlight.add(request);
    void kindsOf(request).then((kinds) => {
      if (kinds.length === 0) inFlight.delete(request);
      for (const kind of kinds) counts[kind] += 1;
    });
  });
  page.on('response', (response) => {
    if (!inFlight.has(response.request()) || response.request().method() !== 'POST') return;
    const revalidated = response.headers()['x-action-revalidated'];
    if (revalidated && revalidated !== '0') counts.actionPageRenders += 1;
  });
  page.on('requestfinished', (request) => void inFlight.delete(request));
  page.on('requestfailed', (request) => void inFlight.delete(request));
  return {
    start: () => {
      counts = zero();
      recording = true;
    },
    settled: () => expect.poll(() => inFlight.size).toBe(0),
    stop: () => {
      recording = false;
      return { ...counts };
    },
  };
}
