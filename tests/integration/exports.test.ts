// The export route handler called for real (auth mocked, PostgreSQL real): each format, the
// board's filters, another workspace's document, ClaimReview's refusal naming what is missing.
import { parse } from 'csv-parse/sync';
import { describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/w/[workspace]/exports/route';
import { getDb } from '@/lib/db';
import { parseW3cAnnotations } from '@/lib/export/w3c';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { createComment } from '@/lib/server/comments/create-comment';
import { createDocument } from '@/lib/server/documents/create-document';
import { addEvidence } from '@/lib/server/evidence/add-evidence';
import { readExportClaims } from '@/lib/server/exports/read-export-claims';
import { normalizeSourceUrl } from '@/lib/sources/normalize-url';
import { addMember, makeUser, makeWorkspace } from './support/factories';
import { setPublishingProfile } from './support/publishing';
import { actAs } from './support/session';

vi.mock('@/auth', async () => (await import('./support/session')).mockedAuthModule());

const TEXT =
  'North Korea shipped over 16,500 containers of munitions to Russia. Poland signed a record $14 billion deal in 2022. The navy will buy four submarines by 2030.';

async function desk() {
  const [owner, checker, viewer] = await Promise.all([makeUser({ name: 'Olga Owner' }), makeUser({ name: 'Ana Checker' }), makeUser()]);
  const workspace = await makeWorkspace(owner!.id);
  await addMember(workspace.id, checker!.id, 'checker');
  await addMember(workspace.id, viewer!.id, 'viewer');
  const db = getDb();
  const newDocument = async (title: string, originUrl: string | null) => {
    const document = await createDocument({
      workspaceId: workspace.id,
      userId: owner!.id,
      title,
      blocks: [{ type: 'paragraph', text: TEXT }],
      origin: 'paste',
    });
    await db.document.update({ where: { id: document.id }, data: { originUrl, byline: 'Jane Reporter' } });
    const version = await db.documentVersion.findFirstOrThrow({ where: { documentId: document.id }, select: { id: true } });
    return { id: document.id, versionId: version.id };
  };
  const article = await newDocument('Munitions, deals & submarines', 'https://example.org/munitions');
  const mark = async (document: { id: string; versionId: string }, quote: string, kind: 'claim' | 'figure') => {
    const start = TEXT.indexOf(quote);
    const annotation = await createAnnotation({
      workspaceId: workspace.id,
      userId: owner!.id,
      documentId: document.id,
      versionId: document.versionId,
      start,
      end: start + quote.length,
      kind,
      visibility: 'shared',
      tagIds: [],
    });
    return annotation.claim!.id;
  };
  const review = (claimId: string, verdict: 'verified' | 'false' | 'misleading', rationale: string) =>
    db.claim.update({
      where: { id: claimId },
      data: {
        status: 'reviewed',
        verdict,
        rationale,
        proposedById: checker!.id,
        proposedAt: new Date(),
        reviewedById: owner!.id,
        reviewedAt: new Date('2026-11-21T09:30:00Z'),
      },
    });
  const containers = await mark(article, 'over 16,500 containers', 'figure');
  const deal = await mark(article, 'Poland signed a record $14 billion deal in 2022.', 'claim');
  const submarines = await mark(article, 'The navy will buy four submarines by 2030.', 'claim');
  await db.claim.update({ where: { id: containers }, data: { figureValue: '16500', figureUnit: 'containers', figureQualifier: 'over' } });
  await addEvidence({
    workspaceId: workspace.id,
    userId: checker!.id,
    claimId: containers,
    source: normalizeSourceUrl('https://www.politico.eu/article/munitions')!,
    stance: 'supports',
    quote: 'over 16,500 containers',
  });
  await addEvidence({
    workspaceId: workspace.id,
    userId: checker!.id,
    claimId: containers,
    source: normalizeSourceUrl('https://reliefweb.int/report/x')!,
    stance: 'contradicts',
    quote: null,
  });
  // Reviewed once its evidence is in: a reviewed claim's evidence is locked (lib/claims/judged-content).
  await review(containers, 'verified', 'The ministry’s own table, "page 4".');
  await review(deal, 'misleading', 'The deal was signed in 2023.');
  await createComment({
    workspaceId: workspace.id,
    userId: checker!.id,
    annotationId: (await db.claim.findUniqueOrThrow({ where: { id: containers } })).annotationId,
    parentId: null,
    body: `@[Olga](${owner!.id}) which table is this from?`,
  });
  const unsourced = await newDocument('No address', null);
  const orphanDeal = await mark(unsourced, 'Poland signed a record $14 billion deal in 2022.', 'claim');
  await review(orphanDeal, 'false', 'Wrong year.');
  return {
    owner: owner!,
    checker: checker!,
    viewer: viewer!,
    workspace,
    article,
    unsourced,
    claims: { containers, deal, submarines, orphanDeal },
  };
}

type Desk = Awaited<ReturnType<typeof desk>>;

async function get(d: Desk, userId: string | null, query: string, slug = d.workspace.slug) {
  actAs(userId);
  try {
    const response = await GET(new Request(`http://localhost:3000/api/w/${slug}/exports?${query}`), {
      params: Promise.resolve({ workspace: slug }),
    });
    return { response, text: await response.text() };
  } finally {
    actAs(null);
  }
}

describe('exports', () => {
  it('CSV: reviewed claims by default, one row each, with sources, people and the link back', async () => {
    const d = await desk();
    const { response, text } = await get(d, d.owner.id, `format=csv&document=${d.article.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      new RegExp(`^attachment; filename="${d.workspace.slug}-munitions-deals-submarines-claims-\\d{4}-\\d{2}-\\d{2}\\.csv"$`),
    );
    const rows: Record<string, string>[] = parse(text, { bom: true, columns: true });
    expect(rows.map((row) => row['Claim id']).sort()).toEqual([d.claims.containers, d.claims.deal].sort());
    const containers = rows.find((row) => row['Claim id'] === d.claims.containers)!;
    const annotationId = (await getDb().claim.findUniqueOrThrow({ where: { id: d.claims.containers } })).annotationId;
    expect(containers).toMatchObject({
      Quote: 'over 16,500 containers',
      Kind: 'figure',
      'Figure value': '16500',
      'Figure unit': 'containers',
      Status: 'reviewed',
      Verdict: 'verified',
      Rationale: 'The ministry’s own table, "page 4".',
      Sources: 'supports https://www.politico.eu/article/munitions; contradicts https://reliefweb.int/report/x',
      'Proposed by': 'Ana Checker',
      'Reviewed by': 'Olga Owner',
      Reviewed: '2026-11-21T09:30:00.000Z',
      Document: 'Munitions, deals & submarines',
      Link: `http://localhost:3000/w/${d.workspace.slug}/documents/${d.article.id}?annotation=${annotationId}`,
    });
  });

  it('applies the board’s filters; status=any exports every status', async () => {
    const d = await desk();
    const ids = async (query: string) =>
      (JSON.parse((await get(d, d.owner.id, `format=json&${query}`)).text) as { id: string }[]).map((claim) => claim.id).sort();
    expect(await ids('')).toEqual([d.claims.containers, d.claims.deal, d.claims.orphanDeal].sort());
    expect(await ids('status=any')).toHaveLength(4);
    expect(await ids('status=unchecked')).toEqual([d.claims.submarines]);
    expect(await ids('kind=figure')).toEqual([d.claims.containers]);
    expect(await ids('verdict=misleading')).toEqual([d.claims.deal]);
    expect(await ids('q=submarines&status=any')).toEqual([d.claims.submarines]);
    expect(await ids(`document=${d.unsourced.id}`)).toEqual([d.claims.orphanDeal]);
  });

  it('JSON: an array of claim objects with their annotation and document', async () => {
    const d = await desk();
    const { response, text } = await get(d, d.viewer.id, `format=json&kind=figure`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const [claim] = JSON.parse(text);
    expect(claim).toMatchObject({
      id: d.claims.containers,
      verdict: 'verified',
      figure: { value: '16500', unit: 'containers', qualifier: 'over' },
      sources: [
        { url: 'https://www.politico.eu/article/munitions', stance: 'supports', quote: 'over 16,500 containers' },
        { stance: 'contradicts' },
      ],
      annotation: { kind: 'figure', exact: 'over 16,500 containers' },
      document: { id: d.article.id, originUrl: 'https://example.org/munitions' },
    });
  });

  it('Markdown: a readable report of one document', async () => {
    const d = await desk();
    const { response, text } = await get(d, d.owner.id, `format=markdown&document=${d.article.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(text.split('\n')[0]).toBe('# Claims of “Munitions, deals & submarines”');
    expect(text.match(/^## /gm)).toHaveLength(2);
    expect(text).toContain('**Verdict: Misleading**');
    expect(text).toContain(
      '- Supports: [https://www.politico.eu/article/munitions](https://www.politico.eu/article/munitions) — “over 16,500 containers”',
    );
  });

  it('ClaimReview: JSON-LD for reviewed claims of documents with an origin URL, published as the profile says', async () => {
    const d = await desk();
    await setPublishingProfile(d.workspace.id, d.owner.id);
    const { response, text } = await get(d, d.owner.id, `format=claimreview&document=${d.article.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    const reviews = JSON.parse(text);
    expect(reviews).toHaveLength(2);
    const deal = reviews.find((review: { claimReviewed: string }) => review.claimReviewed.startsWith('Poland'));
    expect(deal).toMatchObject({
      '@type': 'ClaimReview',
      url: `https://factcheck.example.org/checks/${d.article.id}/${d.claims.deal}`,
      datePublished: '2026-11-21',
      author: { '@type': 'Organization', name: 'Desk Fact Check', url: 'https://factcheck.example.org/' },
      reviewRating: { '@type': 'Rating', alternateName: 'Misleading', ratingValue: 2 },
      itemReviewed: {
        '@type': 'Claim',
        author: { name: 'Jane Reporter' },
        appearance: { '@type': 'CreativeWork', url: 'https://example.org/munitions' },
      },
    });
  });

  it('ClaimReview: refused with 422 listing what is missing, the claims and what each lacks', async () => {
    const d = await desk();
    const noProfile = JSON.parse((await get(d, d.owner.id, `format=claimreview&document=${d.article.id}`)).text);
    expect(noProfile).toMatchObject({ code: 'invalid', total: 0, claims: [], settingsUrl: `/w/${d.workspace.slug}/settings#publishing` });
    expect(noProfile.missing).toEqual([
      'Set the organisation name in Settings → Publishing (the author of each ClaimReview).',
      'Set the organisation’s web address in Settings → Publishing.',
      'Set the public fact-check URL pattern in Settings → Publishing: 2 claims have no public URL.',
    ]);
    await setPublishingProfile(d.workspace.id, d.owner.id);
    const workspaceWide = await get(d, d.owner.id, 'format=claimreview');
    expect(workspaceWide.response.status).toBe(422);
    const body = JSON.parse(workspaceWide.text);
    expect(body.code).toBe('invalid');
    expect(body.missing).toEqual([
      '1 claim is in a document without an origin URL (itemReviewed.appearance): add it in the document’s details.',
    ]);
    expect(body.error).toContain('1 claim cannot be published as ClaimReview');
    expect(body.error).toContain('(No address) lacks origin URL of the document');
    expect(body.claims).toEqual([
      {
        claimId: d.claims.orphanDeal,
        statement: 'Poland signed a record $14 billion deal in 2022.',
        document: 'No address',
        missing: ['origin URL of the document'],
      },
    ]);
    // The Export form asks first (?check=1): the same answer, or 204 with nothing streamed.
    expect((await get(d, d.owner.id, 'format=claimreview&check=1')).response.status).toBe(422);
    const check = await get(d, d.owner.id, `format=claimreview&document=${d.article.id}&check=1`);
    expect([check.response.status, check.text]).toEqual([204, '']);
    const unreviewed = JSON.parse((await get(d, d.owner.id, `format=claimreview&status=unchecked&document=${d.article.id}`)).text);
    expect(unreviewed.missing).toEqual(['1 claim has no verdict (reviewRating).', '1 claim is not reviewed yet (no datePublished).']);
    expect(unreviewed.claims[0]).toMatchObject({ claimId: d.claims.submarines, missing: ['verdict', 'review date (not reviewed yet)'] });
    // Other formats do not need a profile.
    expect((await get(d, d.owner.id, 'format=json&status=unchecked')).response.status).toBe(200);
  });

  it('W3C: an AnnotationCollection with selectors, claim fields and the discussion', async () => {
    const d = await desk();
    const { response, text } = await get(d, d.owner.id, `format=w3c&kind=figure`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/ld+json');
    const collection = JSON.parse(text);
    expect(collection.type).toBe('AnnotationCollection');
    const [item] = collection.first.items;
    expect(item.target).toMatchObject({
      source: 'https://example.org/munitions',
      selector: [
        { type: 'TextQuoteSelector', exact: 'over 16,500 containers', prefix: 'North Korea shipped ' },
        { type: 'TextPositionSelector', start: TEXT.indexOf('over 16,500'), end: TEXT.indexOf('over 16,500') + 22 },
      ],
    });
    const parsed = parseW3cAnnotations(collection);
    expect(parsed.ok && parsed.annotations[0]).toMatchObject({
      kind: 'figure',
      // A mention reads as the name, never as its `@[Name](id)` markup.
      comments: [{ body: '@Olga which table is this from?', reply: false }],
      claim: { verdict: 'verified', figureValue: '16500' },
    });
  });

  it('refuses bad parameters (422), another workspace’s document and strangers (404), signed out (401); viewers may export', async () => {
    const d = await desk();
    const other = await desk();
    const badFormat = await get(d, d.owner.id, 'format=pdf');
    expect(badFormat.response.status).toBe(422);
    expect(JSON.parse(badFormat.text)).toMatchObject({
      code: 'invalid',
      fieldErrors: { format: [expect.stringContaining('csv, json, markdown, claimreview, w3c')] },
    });
    expect((await get(d, d.owner.id, 'format=csv&status=done')).response.status).toBe(422);
    const foreign = await get(d, d.owner.id, `format=csv&document=${other.article.id}`);
    expect(foreign.response.status).toBe(404);
    expect(JSON.parse(foreign.text)).toMatchObject({ code: 'not_found' });
    expect((await get(d, other.owner.id, 'format=csv')).response.status).toBe(404);
    expect((await get(d, null, 'format=csv')).response.status).toBe(401);
    expect((await get(d, d.viewer.id, 'format=csv')).response.status).toBe(200);
  });

  it('reads the claims page by page (keyset), every claim once', async () => {
    const d = await desk();
    const scope = { userId: d.owner.id, workspaceId: d.workspace.id, workspaceSlug: d.workspace.slug, baseUrl: 'http://localhost' };
    const pages: string[][] = [];
    for await (const page of readExportClaims(scope, {}, { pageSize: 1 })) pages.push(page.map((claim) => claim.id));
    expect(pages.map((page) => page.length)).toEqual([1, 1, 1, 1]);
    expect(new Set(pages.flat()).size).toBe(4);
    expect(pages.flat()).toEqual([...pages.flat()].sort());
  });
});
