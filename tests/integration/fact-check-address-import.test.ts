// The library of published fact checks, imported by the address of a fact check's page or of a
// feed (issue 22): fetched through the guarded fetch from a local HTTP server (loopback is
// allowed here through MARGIN_FETCH_ALLOW_HOSTS, as in the URL-import tests), the JSON-LD read,
// and every failure a clear refusal that adds nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { importFactChecksFromAddress } from '@/lib/server/matching/import-fact-checks';
import { findPublishedMatches } from '@/lib/server/matching/find-claim-matches';
import { startHttpServer } from './support/http-server';
import { makeUser, makeWorkspace } from './support/factories';

const review = (slug: string, claim: string, rating: string) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: `https://factcheck.example.org/${slug}`,
  claimReviewed: claim,
  datePublished: '2026-04-02',
  author: { '@type': 'Organization', name: 'Harbour Facts' },
  reviewRating: { '@type': 'Rating', alternateName: rating },
});

const PAGE = `<!doctype html><html><head><title>Did Antwerp lose 3,000 dock jobs?</title>
<script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org',
  '@graph': [
    { '@type': 'WebSite', name: 'Harbour Facts' },
    review('antwerp-dock-jobs', 'The port of Antwerp lost 3,000 dock jobs in 2025.', 'False'),
  ],
})}</script></head><body><article><h1>Did Antwerp lose 3,000 dock jobs?</h1><p>No.</p></article></body></html>`;

const FEED = JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'DataFeed',
  dataFeedElement: [
    { item: review('ferry-fares', 'Ferry fares to Texel doubled since 2020.', 'Mostly true') },
    { item: review('antwerp-dock-jobs', 'The port of Antwerp lost 3,000 dock jobs in 2025.', 'False') },
  ],
});

let server: Awaited<ReturnType<typeof startHttpServer>>;
let scope: { workspaceId: string; userId: string };

beforeAll(async () => {
  server = await startHttpServer({
    '/fact-check': (_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE),
    '/feed.json': (_request, response) => response.writeHead(200, { 'content-type': 'application/ld+json' }).end(FEED),
    '/article': (_request, response) =>
      response.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><p>No markup here.</p></body></html>'),
    '/gone': (_request, response) => response.writeHead(410).end('gone'),
    '/huge': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(`<html><body>${'x'.repeat(6 * 1024 * 1024)}</body></html>`);
    },
  });
  const user = await makeUser();
  const workspace = await makeWorkspace(user.id);
  scope = { workspaceId: workspace.id, userId: user.id };
});

afterAll(async () => {
  delete process.env.MARGIN_FETCH_ALLOW_HOSTS;
  await server.close();
});

const library = () => getDb().publishedFactCheck.findMany({ where: { workspaceId: scope.workspaceId }, orderBy: { url: 'asc' } });
const refusalOf = (url: string) =>
  importFactChecksFromAddress({ ...scope, url }).then(
    () => null,
    (error: unknown) => error,
  );

describe('published fact checks by address', () => {
  it('refuses a loopback or private address without the allowance, and adds nothing', async () => {
    delete process.env.MARGIN_FETCH_ALLOW_HOSTS;
    expect(await refusalOf(server.url('/fact-check'))).toMatchObject({
      code: 'invalid',
      fieldErrors: { url: [expect.stringMatching(/private or local address/)] },
    });
    expect(await refusalOf('http://169.254.169.254/latest/meta-data/')).toMatchObject({ code: 'invalid' });
    expect(await library()).toEqual([]);
  });

  it('imports a fact check’s page by its JSON-LD, then a feed, once per address; claims match them', async () => {
    process.env.MARGIN_FETCH_ALLOW_HOSTS = '127.0.0.1';
    expect(await importFactChecksFromAddress({ ...scope, url: server.url('/fact-check') })).toEqual({
      added: 1,
      alreadyThere: 0,
      skipped: 0,
    });
    expect(await importFactChecksFromAddress({ ...scope, url: server.url('/feed.json') })).toEqual({
      added: 1,
      alreadyThere: 1,
      skipped: 0,
    });
    expect((await library()).map(({ url, rating, publisher }) => ({ url, rating, publisher }))).toEqual([
      { url: 'https://factcheck.example.org/antwerp-dock-jobs', rating: 'False', publisher: 'Harbour Facts' },
      { url: 'https://factcheck.example.org/ferry-fares', rating: 'Mostly true', publisher: 'Harbour Facts' },
    ]);
    const matches = await findPublishedMatches({ ...scope, statement: 'In 2025 the port of Antwerp lost 3,000 dock jobs.' });
    expect(matches.map((match) => match.url)).toEqual(['https://factcheck.example.org/antwerp-dock-jobs']);
  });

  it('says what went wrong — no ClaimReview, an error status, too large, no answer — and adds nothing', async () => {
    process.env.MARGIN_FETCH_ALLOW_HOSTS = '127.0.0.1';
    const before = await library();
    const cases: [string, RegExp][] = [
      [server.url('/article'), /No ClaimReview found at this address/],
      [server.url('/gone'), /answered with HTTP 410/],
      [server.url('/huge'), /larger than 5 MB/],
      [`http://127.0.0.1:${await closedPort()}/fact-check`, /could not be fetched/],
    ];
    for (const [url, message] of cases)
      expect(await refusalOf(url)).toMatchObject({ code: 'invalid', fieldErrors: { url: [expect.stringMatching(message)] } });
    expect(await library()).toEqual(before);
  });
});

/** A port nothing listens on: one a server just had and gave back. */
async function closedPort() {
  const spare = await startHttpServer({});
  await spare.close();
  return spare.port;
}
