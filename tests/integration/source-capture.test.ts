// Capturing a source: what is stored from a page, a PDF, a redirect, and from addresses that
// cannot or must not be fetched. Pages come from a local HTTP server.
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkSourceNow } from '@/lib/server/sources/check-source-now';
import { runLinkChecks } from '@/lib/server/sources/run-link-checks';
import { startHttpServer } from './support/http-server';
import { capturesOf, makeClaimOnSource, sourceOf } from './support/source-fixtures';

const ARTICLE = `<!doctype html><html><head><title>Port volumes | Harbour News</title></head><body>
<nav><a href="/">Home</a> <a href="/shipping">Shipping</a></nav>
<article><h1>Rotterdam handled 14.5 million containers</h1>
${Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i + 1}: The port of Rotterdam handled 14.5 million TEU in 2023, a fall of 7% from the record year before, its annual report says.</p>`).join('\n')}
</article><footer>© Harbour News</footer></body></html>`;

async function makePdf(lines: string[]) {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([612, 792]);
  lines.forEach((line, index) => page.drawText(line, { x: 50, y: 742 - index * 15, size: 11, font }));
  return Buffer.from(await pdf.save());
}

let server: Awaited<ReturnType<typeof startHttpServer>>;
let pdf: Buffer;
let closedPort: number;

beforeAll(async () => {
  pdf = await makePdf(['Annual Report 2023', '', 'Container throughput reached 14.5 million TEU in 2023.']);
  server = await startHttpServer({
    '/article': (_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE),
    '/report.pdf': (_request, response) => response.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf),
    '/old-address': (_request, response) => response.writeHead(301, { location: '/article' }).end(),
    '/redirect-to-private': (_request, response) => response.writeHead(302, { location: 'http://10.0.0.1/internal' }).end(),
    '/redirect-to-metadata': (_request, response) =>
      response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
    '/broken': (_request, response) => response.writeHead(500, { 'content-type': 'text/plain' }).end('oops'),
  });
  // A port nothing listens on: open a server, note its port, close it.
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
});
beforeEach(() => {
  process.env.MARGIN_FETCH_ALLOW_HOSTS = '127.0.0.1';
});
afterAll(async () => {
  delete process.env.MARGIN_FETCH_ALLOW_HOSTS;
  await server.close();
});

describe('capturing a source', () => {
  it('keeps an HTML page’s final address, status, type, title, main text, SHA-256 and size when the job first checks it', async () => {
    const fixture = await makeClaimOnSource({ url: server.url('/article') });
    expect((await sourceOf(fixture.sourceId)).nextCheckAt).not.toBeNull(); // due at once

    const run = await runLinkChecks({ workspaceId: fixture.workspace.id });
    expect(run.checked.map((result) => [result.sourceId, result.status])).toEqual([[fixture.sourceId, 'alive']]);

    const [capture, ...more] = await capturesOf(fixture.sourceId);
    expect(more).toEqual([]);
    expect(capture).toMatchObject({
      finalUrl: server.url('/article'),
      httpStatus: 200,
      contentType: 'text/html; charset=utf-8',
      title: 'Rotterdam handled 14.5 million containers',
      sha256: createHash('sha256').update(ARTICLE).digest('hex'),
      byteLength: Buffer.byteLength(ARTICLE),
      error: null,
      trigger: 'added',
    });
    expect(capture!.text).toContain('Paragraph 1: The port of Rotterdam handled 14.5 million TEU in 2023');
    expect(capture!.text!.split('\n\n')).toHaveLength(5);
    expect(capture!.text).not.toMatch(/Home|Shipping|© Harbour News/);

    const source = await sourceOf(fixture.sourceId);
    expect(source).toMatchObject({ linkStatus: 'alive', lastError: null, title: 'Rotterdam handled 14.5 million containers' });
    expect(source.lastCheckedAt).not.toBeNull();
    expect(source.statusChangedAt).toEqual(source.lastCheckedAt);
  });

  it('captures a PDF as text', async () => {
    const fixture = await makeClaimOnSource({ url: server.url('/report.pdf') });
    const result = await checkSourceNow({ workspaceId: fixture.workspace.id, sourceId: fixture.sourceId, mode: 'capture' });
    expect(result).toMatchObject({ status: 'alive', error: null });
    const [capture] = await capturesOf(fixture.sourceId);
    expect(capture).toMatchObject({
      id: result.captureId,
      contentType: 'application/pdf',
      httpStatus: 200,
      trigger: 'manual',
      byteLength: pdf.length,
    });
    expect(capture!.text).toContain('Container throughput reached 14.5 million TEU in 2023.');
    expect(capture!.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
  });

  it('follows a redirect: keeps the final address and calls the source redirected', async () => {
    const fixture = await makeClaimOnSource({ url: server.url('/old-address') });
    const result = await checkSourceNow({ workspaceId: fixture.workspace.id, sourceId: fixture.sourceId, mode: 'check' });
    expect(result).toMatchObject({ status: 'redirected', previousStatus: 'unchecked', error: null });
    expect(result.message).toContain(server.url('/article'));
    const [capture] = await capturesOf(fixture.sourceId);
    expect(capture).toMatchObject({
      finalUrl: server.url('/article'),
      httpStatus: 200,
      title: 'Rotterdam handled 14.5 million containers',
    });
    expect((await sourceOf(fixture.sourceId)).linkStatus).toBe('redirected');
  });

  it('calls a page that answers 404 or 500 gone, and stores the failed capture with its status', async () => {
    for (const path of ['/missing', '/broken']) {
      const fixture = await makeClaimOnSource({ url: server.url(path) });
      const result = await checkSourceNow({ workspaceId: fixture.workspace.id, sourceId: fixture.sourceId, mode: 'check' });
      const status = path === '/missing' ? 404 : 500;
      expect(result).toMatchObject({ status: 'gone', error: `The page answered with HTTP ${status}.` });
      const [capture] = await capturesOf(fixture.sourceId);
      expect(capture).toMatchObject({ httpStatus: status, text: null, error: `The page answered with HTTP ${status}.` });
      expect(await sourceOf(fixture.sourceId)).toMatchObject({ linkStatus: 'gone', lastError: `The page answered with HTTP ${status}.` });
    }
  });

  it('calls an address that does not resolve or refuses the connection gone, with the reason', async () => {
    const unknownHost = await makeClaimOnSource({ url: 'http://no-such-host.invalid/report' });
    expect(await checkSourceNow({ workspaceId: unknownHost.workspace.id, sourceId: unknownHost.sourceId, mode: 'check' })).toMatchObject({
      status: 'gone',
      error: 'The address no-such-host.invalid could not be found.',
    });
    const closed = await makeClaimOnSource({ url: `http://127.0.0.1:${closedPort}/report` });
    expect(await checkSourceNow({ workspaceId: closed.workspace.id, sourceId: closed.sourceId, mode: 'check' })).toMatchObject({
      status: 'gone',
      error: 'The page could not be fetched (ECONNREFUSED).',
    });
    const [capture] = await capturesOf(closed.sourceId);
    expect(capture).toMatchObject({
      finalUrl: `http://127.0.0.1:${closedPort}/report`,
      httpStatus: null,
      text: null,
      error: 'The page could not be fetched (ECONNREFUSED).',
    });
  });

  it('refuses loopback without the allowlist, and redirects to private or metadata addresses', async () => {
    delete process.env.MARGIN_FETCH_ALLOW_HOSTS;
    const loopback = await makeClaimOnSource({ url: server.url('/article') });
    const refused = await checkSourceNow({ workspaceId: loopback.workspace.id, sourceId: loopback.sourceId, mode: 'capture' });
    expect(refused).toMatchObject({
      status: 'gone',
      error: 'Margin does not fetch from 127.0.0.1: it resolves to a private or local address.',
    });

    process.env.MARGIN_FETCH_ALLOW_HOSTS = '127.0.0.1';
    for (const [path, host] of [
      ['/redirect-to-private', '10.0.0.1'],
      ['/redirect-to-metadata', '169.254.169.254'],
    ] as const) {
      const fixture = await makeClaimOnSource({ url: server.url(path) });
      const result = await checkSourceNow({ workspaceId: fixture.workspace.id, sourceId: fixture.sourceId, mode: 'check' });
      expect(result).toMatchObject({
        status: 'gone',
        error: `Margin does not fetch from ${host}: it resolves to a private or local address.`,
      });
      expect(await capturesOf(fixture.sourceId)).toMatchObject([{ text: null, httpStatus: null, error: result.error }]);
    }
  });

  it('answers 404 for another workspace’s source and changes nothing', async () => {
    const mine = await makeClaimOnSource({ url: server.url('/article') });
    const theirs = await makeClaimOnSource({ url: server.url('/article') });
    await expect(checkSourceNow({ workspaceId: mine.workspace.id, sourceId: theirs.sourceId, mode: 'capture' })).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(await capturesOf(theirs.sourceId)).toEqual([]);
  });
});
