// Evidence of every kind, through the server action and the upload routes as the claim panel
// calls them (auth mocked, PostgreSQL and the worker pool real): web pages, uploaded documents
// (with a quote selected in their text), records of a call, datasets; the upload cap; files served
// only to the workspace, as attachments; a claim verified on a phone call alone; exports that
// describe every kind without contact details.
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as exportGet } from '@/app/api/w/[workspace]/exports/route';
import { GET as uploadGet } from '@/app/api/w/[workspace]/evidence-uploads/[uploadId]/route';
import { POST as uploadPost } from '@/app/api/w/[workspace]/evidence-uploads/route';
import { getDb } from '@/lib/db';
import { MAX_EVIDENCE_UPLOAD_BYTES } from '@/lib/evidence/upload-limits';
import { deleteWorkspace } from '@/lib/server/workspaces/delete-workspace';
import { makeDocx, makePdf } from '../../scripts/fixtures/make-documents';
import { action } from './support/api-client';
import { addMember, makeUser, makeWorkspace } from './support/factories';
import { setPublishingProfile } from './support/publishing';
import { actAs } from './support/session';
import { makeClaim } from './support/source-fixtures';
import { formBody } from './support/form-body';
import { FROM_OWN_PAGE } from './support/own-page';

vi.mock('@/auth', async () => (await import('./support/session')).mockedAuthModule());
vi.mock('next/cache', () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ origin: 'http://localhost:3000' }) }));

type Actions = typeof import('@/lib/actions/evidence');
type ClaimActions = typeof import('@/lib/actions/claims');
let evidenceActions: Actions;
let claimActions: ClaimActions;

beforeAll(async () => {
  evidenceActions = await import('@/lib/actions/evidence');
  claimActions = await import('@/lib/actions/claims');
});

const PDF_LINES = [
  { type: 'heading' as const, text: 'Port of Rotterdam annual report 2023' },
  { type: 'paragraph' as const, text: 'Container throughput reached 14.5 million TEU in 2023, a fall of 7% from the year before.' },
];

/** A claim (owner, checker assigned) plus a viewer and a member of another workspace. */
async function desk() {
  const claim = await makeClaim();
  const [viewer, stranger] = await Promise.all([makeUser(), makeUser()]);
  await addMember(claim.workspace.id, viewer.id, 'viewer');
  const elsewhere = await makeWorkspace(stranger.id);
  return { ...claim, viewer, stranger, elsewhere };
}
type Desk = Awaited<ReturnType<typeof desk>>;

/** POSTs a file to the upload route as `userId`. */
async function upload(slug: string, userId: string | null, file: File) {
  const form = new FormData();
  form.set('file', file);
  const { body, headers } = await formBody(form);
  actAs(userId);
  try {
    const response = await uploadPost(
      new Request(`http://localhost:3000/api/w/${slug}/evidence-uploads`, {
        method: 'POST',
        body,
        headers: { ...FROM_OWN_PAGE, ...headers },
      }),
      {
        params: Promise.resolve({ workspace: slug }),
      },
    );
    return { status: response.status, json: await response.json() };
  } finally {
    actAs(null);
  }
}

async function download(slug: string, userId: string | null, uploadId: string) {
  actAs(userId);
  try {
    return await uploadGet(new Request(`http://localhost:3000/api/w/${slug}/evidence-uploads/${uploadId}`), {
      params: Promise.resolve({ workspace: slug, uploadId }),
    });
  } finally {
    actAs(null);
  }
}

const add = (d: Desk, userId: string, input: Record<string, unknown>) =>
  action(userId, () => evidenceActions.addEvidenceAction({ workspace: d.workspace.slug, claimId: d.claimId, ...input }));

let pdfBytes: Uint8Array<ArrayBuffer>;
beforeAll(async () => {
  pdfBytes = new Uint8Array(await makePdf(PDF_LINES)); // once: each PDF made carries its own creation time
});
const pdfFile = async () => new File([pdfBytes], 'annual-report.pdf', { type: 'application/pdf' });

describe('evidence of every kind', () => {
  it('adds a web page, an uploaded document, a phone call record and a dataset (by address and by file)', async () => {
    const d = await desk();
    const web = await add(d, d.checker.id, { url: 'https://www.portofrotterdam.com/en/news/throughput-2023', stance: 'supports' });
    expect(web).toMatchObject({ ok: true });

    const docx = await makeDocx([{ type: 'paragraph', text: 'The harbour master confirmed the figure of 14.5 million TEU.' }]);
    const uploaded = await upload(d.workspace.slug, d.checker.id, new File([Buffer.from(docx)], 'letter.docx', { type: '' }));
    expect(uploaded.status).toBe(201);
    expect(uploaded.json).toMatchObject({
      fileName: 'letter.docx',
      byteLength: docx.byteLength,
      text: expect.stringContaining('14.5 million TEU'),
    });
    const document = await add(d, d.checker.id, {
      kind: 'document',
      uploadId: uploaded.json.id,
      title: 'Letter from the harbour master',
      stance: 'context',
      quote: 'confirmed the figure of 14.5 million TEU',
    });
    expect(document).toMatchObject({ ok: true });

    const record = await add(d, d.checker.id, {
      kind: 'record',
      channel: 'phone',
      person: 'Jane Doe',
      role: 'spokesperson',
      date: '2026-11-30',
      notes: 'Confirmed the 2023 figure; the 2024 report is due in March.',
      contact: '+31 10 000 0000, jane.doe@port.example',
      stance: 'supports',
      quote: 'We handled 14.5 million TEU last year.',
    });
    expect(record).toMatchObject({ ok: true });

    const datasetByUrl = await add(d, d.checker.id, {
      kind: 'dataset',
      url: 'https://opendata.cbs.nl/statline/#/CBS/en/dataset/83625ENG',
      title: 'CBS StatLine: port throughput',
      stance: 'supports',
    });
    expect(datasetByUrl).toMatchObject({ ok: true });
    const csv = await upload(d.workspace.slug, d.checker.id, new File(['year,teu\n2023,14500000\n'], 'teu.csv', { type: 'text/csv' }));
    expect(csv).toMatchObject({ status: 201, json: { contentType: 'text/csv', text: null } });
    const datasetByFile = await add(d, d.checker.id, {
      kind: 'dataset',
      uploadId: csv.json.id,
      title: 'Throughput table',
      stance: 'supports',
    });
    expect(datasetByFile).toMatchObject({ ok: true });

    const rows = await getDb().evidence.findMany({
      where: { claimId: d.claimId },
      orderBy: { createdAt: 'asc' },
      include: { source: true, upload: { omit: { bytes: true } } },
    });
    expect(rows.map((row) => row.kind)).toEqual(['web', 'document', 'record', 'dataset', 'dataset']);
    expect(rows[0]!.source?.url).toBe('https://www.portofrotterdam.com/en/news/throughput-2023');
    const storedDocx = rows[1]!;
    expect(storedDocx.upload).toMatchObject({
      fileName: 'letter.docx',
      sha256: createHash('sha256').update(docx).digest('hex'),
      byteLength: docx.byteLength,
      uploadedById: d.checker.id,
    });
    // the typed quote is found in the file's text and anchored there by offsets
    expect(storedDocx.upload!.text!.slice(storedDocx.quoteStart!, storedDocx.quoteEnd!)).toBe('confirmed the figure of 14.5 million TEU');
    expect(rows[2]).toMatchObject({
      recordPerson: 'Jane Doe',
      recordRole: 'spokesperson',
      recordChannel: 'phone',
      recordDate: new Date('2026-11-30T00:00:00Z'),
      recordContact: '+31 10 000 0000, jane.doe@port.example',
      sourceId: null,
      uploadId: null,
    });
    expect(rows[3]).toMatchObject({ sourceId: expect.any(String), uploadId: null, title: 'CBS StatLine: port throughput' });
    expect(rows[4]).toMatchObject({ sourceId: null, uploadId: csv.json.id });

    // the activity says what was added, without the contact details
    const activity = await getDb().activity.findMany({ where: { claimId: d.claimId, action: 'evidence.added' }, orderBy: { id: 'asc' } });
    expect(activity[2]!.after).toMatchObject({ kind: 'record', description: 'phone call with Jane Doe, spokesperson, 2026-11-30' });
    expect(JSON.stringify(activity.map(({ before, after }) => [before, after]))).not.toContain('jane.doe@port.example');
  });

  it('refuses a record without a person or a day, a dataset with both an address and a file, and a viewer', async () => {
    const d = await desk();
    const noPerson = await add(d, d.checker.id, { kind: 'record', channel: 'email', person: ' ', date: '2026-11-30', stance: 'supports' });
    expect(noPerson).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { person: ['Name the person you spoke to.'] } });
    const noDate = await add(d, d.checker.id, { kind: 'record', channel: 'email', person: 'Jane Doe', date: '', stance: 'supports' });
    expect(noDate).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { date: ['Give the day it took place.'] } });
    const both = await add(d, d.checker.id, { kind: 'dataset', url: 'https://data.example.org/t', uploadId: 'x', stance: 'supports' });
    expect(both).toMatchObject({ ok: false, code: 'invalid' });
    const viewer = await add(d, d.viewer.id, {
      kind: 'record',
      channel: 'phone',
      person: 'Jane Doe',
      date: '2026-11-30',
      stance: 'supports',
    });
    expect(viewer).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await getDb().evidence.count({ where: { claimId: d.claimId } })).toBe(0);
  });

  it('refuses another workspace’s upload as evidence (404), and the same file twice on one claim (409)', async () => {
    const d = await desk();
    const theirs = await upload(d.elsewhere.slug, d.stranger.id, new File(['their notes'], 'notes.txt', { type: 'text/plain' }));
    expect(theirs.status).toBe(201);
    expect(await add(d, d.checker.id, { kind: 'document', uploadId: theirs.json.id, stance: 'supports' })).toMatchObject({
      ok: false,
      code: 'not_found',
    });
    const ours = await upload(d.workspace.slug, d.checker.id, new File(['our notes'], 'notes.txt', { type: 'text/plain' }));
    expect(await add(d, d.checker.id, { kind: 'document', uploadId: ours.json.id, stance: 'supports' })).toMatchObject({ ok: true });
    expect(await add(d, d.checker.id, { kind: 'document', uploadId: ours.json.id, stance: 'context' })).toMatchObject({
      ok: false,
      code: 'conflict',
    });
  });
});

describe('evidence uploads', () => {
  const CHUNK = 1024 * 1024;

  it('go with their workspace when it is deleted, evidence and all', async () => {
    const d = await desk();
    const stored = await upload(d.workspace.slug, d.checker.id, new File(['minutes'], 'minutes.txt', { type: 'text/plain' }));
    expect(await add(d, d.checker.id, { kind: 'document', uploadId: stored.json.id, stance: 'supports' })).toMatchObject({ ok: true });
    await deleteWorkspace({ workspaceId: d.workspace.id, confirmName: d.workspace.name });
    expect(await getDb().evidenceUpload.count({ where: { id: stored.json.id } })).toBe(0);
    expect(await getDb().evidence.count({ where: { claimId: d.claimId } })).toBe(0);
  });

  it('refuses a body past the cap while it streams (413), keeping nothing and reading no further', async () => {
    const d = await desk();
    const limitInChunks = Math.ceil(MAX_EVIDENCE_UPLOAD_BYTES / CHUNK);
    const pulled = { chunks: 0 };
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled.chunks === limitInChunks * 4) return controller.close();
        pulled.chunks++;
        controller.enqueue(new Uint8Array(CHUNK).fill(65));
      },
    });
    actAs(d.checker.id);
    try {
      const response = await uploadPost(
        new Request(`http://localhost:3000/api/w/${d.workspace.slug}/evidence-uploads`, {
          method: 'POST',
          // Says 10 MB and sends more: counted while it streams, refused past the cap.
          headers: { ...FROM_OWN_PAGE, 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(10 * CHUNK) },
          body,
          duplex: 'half',
        } as RequestInit),
        { params: Promise.resolve({ workspace: d.workspace.slug }) },
      );
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({ code: 'too_large', error: 'Evidence files can be up to 20 MB.' });
    } finally {
      actAs(null);
    }
    expect(pulled.chunks).toBeLessThanOrEqual(limitInChunks + 2);
    expect(await getDb().evidenceUpload.count({ where: { workspaceId: d.workspace.id } })).toBe(0);
  });

  it('refuses a file just over the cap inside a form that fits (413), keeping nothing', async () => {
    const d = await desk();
    const tooBig = new File([new Uint8Array(MAX_EVIDENCE_UPLOAD_BYTES + 1)], 'scan.png', { type: 'image/png' });
    expect(await upload(d.workspace.slug, d.checker.id, tooBig)).toMatchObject({ status: 413, json: { code: 'too_large' } });
    expect(await getDb().evidenceUpload.count({ where: { workspaceId: d.workspace.id } })).toBe(0);
    // exactly at the cap is kept
    const atCap = new File([new Uint8Array(MAX_EVIDENCE_UPLOAD_BYTES).fill(7)], 'scan.png', { type: 'image/png' });
    expect(await upload(d.workspace.slug, d.checker.id, atCap)).toMatchObject({
      status: 201,
      json: { byteLength: MAX_EVIDENCE_UPLOAD_BYTES },
    });
  });

  it('does not let a viewer upload (403) nor a member of another workspace (404)', async () => {
    const d = await desk();
    const file = () => new File(['notes'], 'notes.txt', { type: 'text/plain' });
    expect((await upload(d.workspace.slug, d.viewer.id, file())).status).toBe(403);
    expect((await upload(d.workspace.slug, d.stranger.id, file())).status).toBe(404);
    expect((await upload(d.workspace.slug, null, file())).status).toBe(401);
    expect(await getDb().evidenceUpload.count({ where: { workspaceId: d.workspace.id } })).toBe(0);
  });

  it('serves a file only to the workspace’s members, as an attachment of its own type, never rendered', async () => {
    const d = await desk();
    const html = '<!doctype html><script>alert(document.cookie)</script><p>Minutes of the board meeting</p>';
    const stored = await upload(d.workspace.slug, d.checker.id, new File([html], 'minutes “final”.html', { type: 'text/html' }));
    expect(stored.status).toBe(201);

    for (const member of [d.owner, d.checker, d.viewer]) {
      const response = await download(d.workspace.slug, member.id, stored.json.id);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html');
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="minutes _final_.html"; filename\*=UTF-8''minutes%20%E2%80%9Cfinal%E2%80%9D\.html$/,
      );
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
      expect(await response.text()).toBe(html);
    }
    // another workspace's member: through this workspace (not a member) or through their own (not its file)
    expect((await download(d.workspace.slug, d.stranger.id, stored.json.id)).status).toBe(404);
    expect((await download(d.elsewhere.slug, d.stranger.id, stored.json.id)).status).toBe(404);
    expect((await download(d.workspace.slug, null, stored.json.id)).status).toBe(401);
  });

  it('keeps a PDF with its text, and the same bytes uploaded again are the same upload', async () => {
    const d = await desk();
    const first = await upload(d.workspace.slug, d.checker.id, await pdfFile());
    expect(first).toMatchObject({
      status: 201,
      json: { contentType: 'application/pdf', text: expect.stringContaining('14.5 million TEU in 2023') },
    });
    const again = await upload(d.workspace.slug, d.owner.id, await pdfFile());
    expect(again.json.id).toBe(first.json.id);
    expect(await getDb().evidenceUpload.count({ where: { workspaceId: d.workspace.id } })).toBe(1);
    const served = await download(d.workspace.slug, d.viewer.id, first.json.id);
    expect(served.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await served.arrayBuffer()).equals(pdfBytes)).toBe(true);
  });
});

describe('quotes selected in an uploaded document', () => {
  it('stores the words selected in a PDF’s text with their offsets', async () => {
    const d = await desk();
    const { json: pdf } = await upload(d.workspace.slug, d.checker.id, await pdfFile());
    const words = '14.5 million TEU in 2023';
    const start = (pdf.text as string).indexOf(words);
    expect(start).toBeGreaterThan(0);
    const added = await add(d, d.checker.id, {
      kind: 'document',
      uploadId: pdf.id,
      stance: 'supports',
      quote: 'whatever the form still held',
      quoteStart: start,
      quoteEnd: start + words.length,
    });
    expect(added).toMatchObject({ ok: true });
    const evidence = await getDb().evidence.findFirstOrThrow({ where: { claimId: d.claimId } });
    expect(evidence).toMatchObject({
      kind: 'document',
      uploadId: pdf.id,
      quote: words,
      quoteStart: start,
      quoteEnd: start + words.length,
      captureId: null,
    });

    // the claim panel's read says where it is, and never carries the file's bytes
    const panel = await getDb().evidence.findFirstOrThrow({ where: { claimId: d.claimId }, include: { upload: true } });
    expect(panel.upload).not.toHaveProperty('bytes');
  });

  it('refuses a selection outside the file’s text, and keeps nothing', async () => {
    const d = await desk();
    const { json: pdf } = await upload(d.workspace.slug, d.checker.id, await pdfFile());
    const length = (pdf.text as string).length;
    const outside = await add(d, d.checker.id, {
      kind: 'document',
      uploadId: pdf.id,
      stance: 'supports',
      quoteStart: length - 2,
      quoteEnd: length + 5,
    });
    expect(outside).toMatchObject({ ok: false, code: 'invalid', error: 'The selected quote is not in this file’s text. Select it again.' });
    expect(await getDb().evidence.count({ where: { claimId: d.claimId } })).toBe(0);
  });
});

describe('the workflow counts every kind', () => {
  it('verifies a claim supported only by a phone call, and keeps that record while the verdict rests on it', async () => {
    const d = await desk();
    const reviewer = await makeUser();
    await addMember(d.workspace.id, reviewer.id, 'checker');
    const step = (userId: string, input: Record<string, unknown>) =>
      action(userId, () => claimActions.claimStepAction({ workspace: d.workspace.slug, claimId: d.claimId, ...input }));

    expect(await step(d.checker.id, { version: 1, step: 'start' })).toMatchObject({ ok: true });
    // nothing supports it yet: refused
    expect(
      await step(d.checker.id, { version: 2, step: 'propose', verdict: 'verified', rationale: 'The port confirmed it.' }),
    ).toMatchObject({
      ok: false,
      error: 'A claim can only be verified with at least one piece of evidence that supports it.',
    });
    const call = await add(d, d.checker.id, {
      kind: 'record',
      channel: 'phone',
      person: 'Jane Doe',
      role: 'spokesperson',
      date: '2026-11-30',
      stance: 'supports',
    });
    expect(call).toMatchObject({ ok: true });
    expect(
      await step(d.checker.id, { version: 2, step: 'propose', verdict: 'verified', rationale: 'The port confirmed it.' }),
    ).toMatchObject({
      ok: true,
      data: { status: 'proposed', verdict: 'verified' },
    });
    expect(await step(reviewer.id, { version: 3, step: 'accept' })).toMatchObject({ ok: true, data: { status: 'reviewed' } });

    const removal = await action(d.checker.id, () =>
      evidenceActions.removeEvidenceAction({ workspace: d.workspace.slug, evidenceId: (call as { data: { id: string } }).data.id }),
    );
    // Reviewed: the record it rests on is locked until someone reopens the claim.
    expect(removal).toMatchObject({ ok: false, code: 'conflict', error: expect.stringContaining('reopen it') });
    expect(await getDb().evidence.count({ where: { id: (call as { data: { id: string } }).data.id } })).toBe(1);
  });
});

describe('exports of every kind', () => {
  async function exported(d: Desk, format: string) {
    actAs(d.owner.id);
    try {
      const response = await exportGet(new Request(`http://localhost:3000/api/w/${d.workspace.slug}/exports?format=${format}&status=any`), {
        params: Promise.resolve({ workspace: d.workspace.slug }),
      });
      expect(response.status).toBe(200);
      return await response.text();
    } finally {
      actAs(null);
    }
  }

  it('describes a record and an upload by kind in CSV, JSON, Markdown and ClaimReview, without contact details or notes', async () => {
    const d = await desk();
    await getDb().document.update({ where: { id: d.documentId }, data: { originUrl: 'https://news.example/ports' } });
    await add(d, d.checker.id, {
      kind: 'record',
      channel: 'phone',
      person: 'Jane Doe',
      role: 'spokesperson',
      date: '2026-11-30',
      notes: 'Off the record: the 2024 figure is lower.',
      contact: 'jane.doe@port.example',
      stance: 'supports',
    });
    const { json: pdf } = await upload(d.workspace.slug, d.checker.id, await pdfFile());
    await add(d, d.checker.id, { kind: 'document', uploadId: pdf.id, title: 'Annual report 2023', stance: 'context' });
    await getDb().claim.update({
      where: { id: d.claimId },
      data: { status: 'reviewed', verdict: 'verified', rationale: 'Confirmed.', reviewedAt: new Date('2026-12-01T00:00:00Z') },
    });

    const description = 'phone call with Jane Doe, spokesperson, 2026-11-30';
    const [row] = parse(await exported(d, 'csv'), { bom: true, columns: true }) as Record<string, string>[];
    expect(row!['Sources']).toBe(`supports ${description}; context document: Annual report 2023 (annual-report.pdf)`);

    const [claim] = JSON.parse(await exported(d, 'json'));
    expect(claim.sources).toEqual([
      expect.objectContaining({ kind: 'record', url: null, description, stance: 'supports', file: null }),
      expect.objectContaining({
        kind: 'document',
        url: null,
        title: 'Annual report 2023',
        file: expect.objectContaining({ name: 'annual-report.pdf', contentType: 'application/pdf', sha256: pdf.sha256 }),
      }),
    ]);

    const markdown = await exported(d, 'markdown');
    expect(markdown).toContain(`- Supports: ${description}`);
    await setPublishingProfile(d.workspace.id, d.owner.id);
    const [review] = JSON.parse(await exported(d, 'claimreview'));
    expect(review.citation).toContainEqual({ '@type': 'CreativeWork', name: description });

    for (const format of ['csv', 'json', 'markdown', 'claimreview', 'w3c']) {
      const text = await exported(d, format);
      expect(text).not.toContain('jane.doe@port.example');
      expect(text).not.toContain('Off the record');
    }
  });
});
