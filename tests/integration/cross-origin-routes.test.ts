// The cookie-authenticated routes answer an unsafe request only from this site's own pages and
// in the content type each declares (lib/http/cross-origin.ts, applied by lib/http/session-routes.ts):
// 403 from another site, 415 another type — before anything is read or written.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { POST as annotationImport } from '@/app/api/w/[workspace]/documents/[documentId]/annotations/import/route';
import { POST as presence } from '@/app/api/w/[workspace]/documents/[documentId]/presence/route';
import { POST as evidenceUpload } from '@/app/api/w/[workspace]/evidence-uploads/route';
import { POST as fileImport } from '@/app/api/w/[workspace]/imports/route';
import { getDb } from '@/lib/db';
import { appOrigin } from '@/lib/server/links/app-url';
import { desk } from './support/claim-desk';
import { uniqueId } from './support/factories';
import { actAs } from './support/session';

vi.mock('@/auth', async () => (await import('./support/session')).mockedAuthModule());

type Desk = Awaited<ReturnType<typeof desk>>;
let d: Desk & { versionId: string };

beforeAll(async () => {
  const made = await desk();
  const version = await getDb().documentVersion.findFirstOrThrow({ where: { documentId: made.document.id }, select: { id: true } });
  d = { ...made, versionId: version.id };
  actAs(d.owner.id);
});

const url = (path: string) => `http://localhost:3000/api/w/${d.workspace.slug}${path}`;
const textFile = () => {
  const form = new FormData();
  form.set('file', new File([`Over 16,500 containers were shipped. ${uniqueId()}`], 'note.txt', { type: 'text/plain' }));
  return form;
};

/** Each route, with a body of the type it reads. */
const routes = {
  imports: (headers: Record<string, string>) =>
    fileImport(new Request(url('/imports'), { method: 'POST', body: textFile(), headers }), {
      params: Promise.resolve({ workspace: d.workspace.slug }),
    }),
  evidenceUploads: (headers: Record<string, string>) =>
    evidenceUpload(new Request(url('/evidence-uploads'), { method: 'POST', body: textFile(), headers }), {
      params: Promise.resolve({ workspace: d.workspace.slug }),
    }),
  annotationImport: (headers: Record<string, string>) =>
    annotationImport(
      new Request(url(`/documents/${d.document.id}/annotations/import`), {
        method: 'POST',
        body: JSON.stringify({ type: 'Annotation', target: { selector: { type: 'TextQuoteSelector', exact: 'over 16,500 containers' } } }),
        headers: { 'content-type': 'application/json', ...headers },
      }),
      { params: Promise.resolve({ workspace: d.workspace.slug, documentId: d.document.id }) },
    ),
  presence: async (headers: Record<string, string>) => {
    const connectionId = `doors-${uniqueId()}`;
    await getDb().presence.create({
      data: { id: connectionId, workspaceId: d.workspace.id, documentId: d.document.id, userId: d.owner.id, instanceId: 'doors' },
    });
    return presence(
      new Request(url(`/documents/${d.document.id}/presence`), {
        method: 'POST',
        body: JSON.stringify({ connectionId, versionId: d.versionId, selection: null }),
        headers: { 'content-type': 'application/json', ...headers },
      }),
      { params: Promise.resolve({ workspace: d.workspace.slug, documentId: d.document.id }) },
    );
  },
};

const counts = async () => ({
  documents: await getDb().document.count({ where: { workspaceId: d.workspace.id } }),
  uploads: await getDb().evidenceUpload.count({ where: { workspaceId: d.workspace.id } }),
  annotations: await getDb().annotation.count({ where: { workspaceId: d.workspace.id } }),
});

describe('unsafe requests to cookie-authenticated routes', () => {
  it('refuses cross-site and same-site requests with 403, and changes nothing', async () => {
    const before = await counts();
    for (const [name, send] of Object.entries(routes)) {
      for (const site of ['cross-site', 'same-site']) {
        const response = await send({ 'sec-fetch-site': site, origin: appOrigin() });
        expect(response.status, `${name} ${site}`).toBe(403);
        expect(await response.json()).toEqual({ code: 'forbidden', error: 'This request came from another site, so it was refused.' });
      }
    }
    expect(await counts()).toEqual(before);
  });

  it('without Sec-Fetch-Site, refuses a foreign Origin or none, and accepts the configured one', async () => {
    for (const [name, send] of Object.entries(routes)) {
      for (const headers of [{ origin: 'https://evil.example' }, { origin: 'null' }, {}] as Record<string, string>[]) {
        expect((await send(headers)).status, `${name} ${JSON.stringify(headers)}`).toBe(403);
      }
    }
    expect((await routes.presence({ origin: appOrigin() })).status).toBe(204);
  });

  it('refuses a body of a type the route does not read with 415', async () => {
    const before = await counts();
    const asText = async (path: string, params: Record<string, string>, route: typeof fileImport) => {
      const request = new Request(url(path), {
        method: 'POST',
        body: '{"connectionId":"x"}',
        headers: { 'sec-fetch-site': 'same-origin', 'content-type': 'text/plain' },
      });
      return route(request, { params: Promise.resolve({ workspace: d.workspace.slug, ...params }) });
    };
    const refused = [
      await asText('/imports', {}, fileImport),
      await asText('/evidence-uploads', {}, evidenceUpload),
      await asText(`/documents/${d.document.id}/annotations/import`, { documentId: d.document.id }, annotationImport as typeof fileImport),
      await asText(`/documents/${d.document.id}/presence`, { documentId: d.document.id }, presence as typeof fileImport),
    ];
    expect(refused.map((response) => response.status)).toEqual([415, 415, 415, 415]);
    expect(await refused[0]!.json()).toEqual({ code: 'unsupported_type', error: 'Send this as multipart/form-data.' });
    expect(await refused[3]!.json()).toEqual({ code: 'unsupported_type', error: 'Send this as application/json.' });
    // A JSON body where a file form is expected is refused too.
    expect((await routes.imports({ 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' })).status).toBe(415);
    expect(await counts()).toEqual(before);
  });

  it('answers same-origin requests of the declared type as before', async () => {
    const before = await counts();
    const own = { 'sec-fetch-site': 'same-origin' };
    const imported = await routes.imports(own);
    expect(imported.status).toBe(200);
    expect(await imported.text()).toContain('"type":"done"');
    expect((await routes.evidenceUploads(own)).status).toBe(201);
    const annotations = await routes.annotationImport(own);
    expect(annotations.status).toBe(200);
    expect(await annotations.json()).toMatchObject({ placed: 1 });
    expect((await routes.presence(own)).status).toBe(204);
    // Typed into the address bar or opened from a bookmark: no site at all.
    expect((await routes.presence({ 'sec-fetch-site': 'none' })).status).toBe(204);
    expect(await counts()).toEqual({ documents: before.documents + 1, uploads: before.uploads + 1, annotations: before.annotations + 1 });
  });

  it('still answers 401 to a signed-out same-origin request, and 403 first to a cross-site one', async () => {
    actAs(null);
    try {
      expect((await routes.annotationImport({ 'sec-fetch-site': 'same-origin' })).status).toBe(401);
      expect((await routes.annotationImport({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    } finally {
      actAs(d.owner.id);
    }
  });
});
