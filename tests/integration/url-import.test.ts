import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { fetchArticle } from '@/lib/server/documents/fetch-article';
import { safeFetch } from '@/lib/server/fetch/safe-fetch';
import { startHttpServer } from './support/http-server';

const ARTICLE = `<!doctype html><html><head><title>Troops in Kursk | Example News</title>
<meta property="article:published_time" content="2024-10-28T09:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>North Korean Troops Are Now in Kursk</h1><p class="byline">By Jane Reporter</p>
${Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: NATO confirmed that North Korean troops have been deployed to Kursk, the Russian region that is partly controlled by Ukraine, according to <a href="https://www.politico.eu/article/kursk/?utm_source=x">Politico</a>.</p>`).join('\n')}
</article><footer>© Example News</footer></body></html>`;

let server: Awaited<ReturnType<typeof startHttpServer>>;
beforeAll(async () => {
  server = await startHttpServer({
    '/article': (_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE),
    '/redirect-to-localhost': (_request, response) =>
      response.writeHead(302, { location: `http://localhost:${server.port}/article` }).end(),
    '/redirect-to-metadata': (_request, response) =>
      response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
    '/big': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end('x'.repeat(2 * 1024 * 1024));
    },
    '/slow': () => {}, // never answers
    '/image': (_request, response) => response.writeHead(200, { 'content-type': 'image/png' }).end('png'),
  });
});
afterAll(async () => {
  delete process.env.MARGIN_FETCH_ALLOW_HOSTS;
  await server.close();
});

describe('safeFetch', () => {
  it('refuses loopback and private addresses unless allowlisted', async () => {
    delete process.env.MARGIN_FETCH_ALLOW_HOSTS;
    await expect(safeFetch(server.url('/article'))).rejects.toThrow(/private or local address/);
    await expect(safeFetch('http://10.0.0.1/')).rejects.toThrow(/private or local address/);
    await expect(safeFetch('file:///etc/passwd')).rejects.toThrow(/Only http and https/);
    process.env.MARGIN_FETCH_ALLOW_HOSTS = '127.0.0.1';
    const page = await safeFetch(server.url('/article'));
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain('Kursk');
  });

  it('checks every redirect, by name and by resolved address', async () => {
    process.env.MARGIN_FETCH_ALLOW_HOSTS = '127.0.0.1';
    await expect(safeFetch(server.url('/redirect-to-metadata'))).rejects.toThrow(/169\.254\.169\.254/);
    // "localhost" is not allowlisted and resolves to a loopback address.
    await expect(safeFetch(server.url('/redirect-to-localhost'))).rejects.toThrow(/localhost: it resolves to a private or local address/);
  });

  it('caps the size and the time', async () => {
    process.env.MARGIN_FETCH_ALLOW_HOSTS = '127.0.0.1';
    await expect(safeFetch(server.url('/big'), { maxBytes: 1024 * 1024 })).rejects.toThrow(/larger than 1 MB/);
    await expect(safeFetch(server.url('/slow'), { timeoutMs: 300 })).rejects.toThrow(/did not answer within 0.3 seconds/);
  });
});

describe('fetchArticle', () => {
  it('extracts the main content, title, date and cited links of a page', async () => {
    process.env.MARGIN_FETCH_ALLOW_HOSTS = '127.0.0.1';
    const article = await fetchArticle(server.url('/article'));
    expect(article.title).toBe('North Korean Troops Are Now in Kursk');
    expect(article.publishedAt?.toISOString()).toBe('2024-10-28T09:00:00.000Z');
    expect(article.blocks).toHaveLength(6);
    expect(article.byline).toMatch(/Jane Reporter/);
    expect(article.blocks.map((block) => block.text).join(' ')).not.toMatch(/Home|World|© Example News/);
    expect(article.urls).toEqual(['https://www.politico.eu/article/kursk/?utm_source=x']);
    expect(article.originUrl).toBe(server.url('/article'));
  });

  it('refuses what it cannot import with a clear 422', async () => {
    process.env.MARGIN_FETCH_ALLOW_HOSTS = '127.0.0.1';
    await expect(fetchArticle(server.url('/image'))).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringContaining('image/png'),
    });
    await expect(fetchArticle(server.url('/missing'))).rejects.toMatchObject({
      code: 'invalid',
      message: 'The page answered with HTTP 404.',
    });
    expect(await getDb().document.count({ where: { originUrl: server.url('/image') } })).toBe(0);
  });
});
