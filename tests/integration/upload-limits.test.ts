// Uploads are counted while they stream in: past the limit the rest is never read, the answer is
// 413 and nothing is stored — whether or not the client announced the size (a body that does
// not say its size is taken only up to MAX_UNDECLARED_BODY_BYTES).
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { POST } from '@/app/api/w/[workspace]/imports/route';
import { getDb } from '@/lib/db';
import { MAX_UNDECLARED_BODY_BYTES } from '@/lib/http/read-request';
import { MAX_IMPORT_BYTES } from '@/lib/schemas/documents';
import { makeUser, makeWorkspace } from './support/factories';
import { actAs } from './support/session';
import { FROM_OWN_PAGE } from './support/own-page';

vi.mock('@/auth', async () => (await import('./support/session')).mockedAuthModule());

const CHUNK = 1024 * 1024;

/** A body of `chunks` megabytes that counts how many of them the server pulled. */
function countedBody(chunks: number) {
  const pulled = { chunks: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.chunks === chunks) return controller.close();
      pulled.chunks++;
      controller.enqueue(new Uint8Array(CHUNK).fill(65));
    },
  });
  return { stream, pulled };
}

let workspace: { id: string; slug: string };

beforeAll(async () => {
  const owner = await makeUser();
  workspace = await makeWorkspace(owner.id);
  actAs(owner.id);
});

const upload = (body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
  POST(
    new Request(`http://localhost:3000/api/w/${workspace.slug}/imports`, {
      method: 'POST',
      headers: { ...FROM_OWN_PAGE, 'content-type': 'multipart/form-data; boundary=x', ...headers },
      body,
      duplex: 'half',
    } as RequestInit),
    { params: Promise.resolve({ workspace: workspace.slug }) },
  );

describe('file upload limits', () => {
  it('refuses a body without a length once it passes the undeclared cap, without reading the rest', async () => {
    const capInChunks = Math.ceil(MAX_UNDECLARED_BODY_BYTES / CHUNK);
    const { stream, pulled } = countedBody(Math.ceil(MAX_IMPORT_BYTES / CHUNK) * 2);
    const response = await upload(stream);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      code: 'too_large',
      error: expect.stringContaining('must say its size (a Content-Length header)'),
    });
    expect(pulled.chunks).toBeLessThanOrEqual(capInChunks + 2);
    expect(await getDb().document.count({ where: { workspaceId: workspace.id } })).toBe(0);
  });

  it('takes a body with a length up to the import limit, and refuses it past the limit without reading the rest', async () => {
    const limitInChunks = Math.ceil(MAX_IMPORT_BYTES / CHUNK);
    // The header says 40 MB (under the limit); the body sends more than it said: counted, refused past the limit.
    const { stream, pulled } = countedBody(limitInChunks * 2);
    const response = await upload(stream, { 'content-length': String(40 * CHUNK) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'too_large', error: expect.stringContaining('MB can be imported') });
    expect(pulled.chunks).toBeLessThanOrEqual(limitInChunks + 2);
    expect(pulled.chunks).toBeGreaterThan(Math.ceil(MAX_UNDECLARED_BODY_BYTES / CHUNK));
    expect(await getDb().document.count({ where: { workspaceId: workspace.id } })).toBe(0);
  });

  it('refuses an announced size over the limit before reading anything', async () => {
    const { stream, pulled } = countedBody(4);
    const response = await upload(stream, { 'content-length': String(MAX_IMPORT_BYTES * 2) });
    expect(response.status).toBe(413);
    expect(pulled.chunks).toBeLessThanOrEqual(1);
  });

  it('says an empty file is empty (0 bytes), not "choose a file", and keeps nothing', async () => {
    const form = new FormData();
    form.set('file', new File([], 'report.pdf', { type: 'application/pdf' }));
    const response = await POST(
      new Request(`http://localhost:3000/api/w/${workspace.slug}/imports`, { method: 'POST', headers: FROM_OWN_PAGE, body: form }),
      { params: Promise.resolve({ workspace: workspace.slug }) },
    );
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ code: 'invalid', error: expect.stringContaining('“report.pdf” is empty (0 bytes)') });
    expect(await getDb().document.count({ where: { workspaceId: workspace.id } })).toBe(0);
  });
});
