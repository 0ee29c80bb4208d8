import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import type { AnnotationKind } from '@/lib/generated/prisma/enums';
import type { TClaimFilters } from '@/lib/schemas/claim-filters';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { assignClaim } from '@/lib/server/claims/assign-claim';
import { bulkAssignClaims } from '@/lib/server/claims/bulk-assign-claims';
import { bulkClaimStep } from '@/lib/server/claims/bulk-claim-step';
import { getClaimProgress } from '@/lib/server/claims/get-claim-progress';
import { CLAIM_COUNT_CAP, CLAIMS_PER_PAGE, LAST_PAGE, ZClaimFilters } from '@/lib/schemas/claim-filters';
import { listClaims } from '@/lib/server/claims/list-claims';
import { takeClaimStep } from '@/lib/server/claims/take-claim-step';
import { updateClaimStatement } from '@/lib/server/claims/update-claim';
import { createDocument } from '@/lib/server/documents/create-document';
import { addMember, makeUser, makeWorkspace, uniqueId } from './support/factories';

const TEXT = [
  'North Korea shipped over 16,500 containers of munitions to Russia.',
  'Poland signed a record $14 billion deal in 2022.',
  'The navy will buy four submarines by 2030.',
  'Kim Jong Il died in 2011.',
].join(' ');

/** A desk with one article and four marked passages (claims and figures), and a second document. */
async function desk() {
  const [owner, editor, checker, viewer] = await Promise.all([makeUser(), makeUser(), makeUser({ name: 'Ana Checker' }), makeUser()]);
  const workspace = await makeWorkspace(owner!.id);
  await addMember(workspace.id, editor!.id, 'editor');
  await addMember(workspace.id, checker!.id, 'checker');
  await addMember(workspace.id, viewer!.id, 'viewer');
  const db = getDb();
  const parent = await db.tag.create({ data: { workspaceId: workspace.id, name: `Defence ${uniqueId()}`, color: '#336699' } });
  const child = await db.tag.create({
    data: { workspaceId: workspace.id, name: `Navy ${uniqueId()}`, color: '#993366', parentId: parent.id },
  });

  const newDocument = async (title: string, text: string) => {
    const document = await createDocument({
      workspaceId: workspace.id,
      userId: owner!.id,
      title,
      blocks: [{ type: 'paragraph', text }],
      origin: 'paste',
    });
    const version = await db.documentVersion.findFirstOrThrow({ where: { documentId: document.id }, select: { id: true } });
    return { id: document.id, versionId: version.id };
  };
  const article = await newDocument('Munitions', TEXT);
  const mark = async (
    document: { id: string; versionId: string },
    text: string,
    quote: string,
    kind: AnnotationKind,
    tagIds: string[] = [],
  ) => {
    const start = text.indexOf(quote);
    const annotation = await createAnnotation({
      workspaceId: workspace.id,
      userId: owner!.id,
      documentId: document.id,
      versionId: document.versionId,
      start,
      end: start + quote.length,
      kind,
      visibility: 'shared',
      tagIds,
    });
    return annotation.claim!.id;
  };
  // Marked out of text order, so that "document order" differs from "last updated".
  const submarines = await mark(article, TEXT, 'The navy will buy four submarines by 2030.', 'claim', [child.id]);
  const containers = await mark(article, TEXT, 'over 16,500 containers', 'figure', [parent.id]);
  const deal = await mark(article, TEXT, 'a record $14 billion deal', 'figure');
  const kim = await mark(article, TEXT, 'Kim Jong Il died in 2011.', 'claim');
  const otherText = 'Relief convoys reached the border on Monday.';
  const other = await newDocument('Relief', otherText);
  const convoys = await mark(other, otherText, otherText, 'claim');
  return {
    owner: owner!,
    editor: editor!,
    checker: checker!,
    viewer: viewer!,
    workspace,
    article,
    other,
    tags: { parent, child },
    claims: { submarines, containers, deal, kim, convoys },
  };
}

type Desk = Awaited<ReturnType<typeof desk>>;
const ids = async (d: Desk, filters: TClaimFilters, options: { userId?: string; documentId?: string } = {}) =>
  (
    await listClaims({ userId: options.userId ?? d.owner.id, workspaceId: d.workspace.id, documentId: options.documentId }, filters)
  ).rows.map((row) => row.id);

describe('claim board', () => {
  it('lists the workspace’s claims with what the table shows, newest change first', async () => {
    const d = await desk();
    await assignClaim({ workspaceId: d.workspace.id, userId: d.owner.id, claimId: d.claims.deal, version: 1, assigneeId: d.checker.id });
    const board = await listClaims({ userId: d.owner.id, workspaceId: d.workspace.id }, {});
    expect(board.total).toBe(5);
    expect(board.rows[0]).toMatchObject({
      id: d.claims.deal,
      statement: 'a record $14 billion deal',
      quote: 'a record $14 billion deal',
      kind: 'figure',
      status: 'unchecked',
      verdict: null,
      assignee: { id: d.checker.id, name: 'Ana Checker' },
      document: { id: d.article.id, title: 'Munitions' },
      evidenceCount: 0,
      version: 2,
    });
    const containers = board.rows.find((row) => row.id === d.claims.containers)!;
    expect(containers.tags.map((tag) => tag.id)).toEqual([d.tags.parent.id]);
  });

  it('filters by status, kind, tag (with nested tags), assignee and verdict', async () => {
    const d = await desk();
    const w = d.workspace.id;
    await assignClaim({ workspaceId: w, userId: d.owner.id, claimId: d.claims.kim, version: 1, assigneeId: d.checker.id });
    await assignClaim({ workspaceId: w, userId: d.owner.id, claimId: d.claims.deal, version: 1, assigneeId: d.owner.id });
    await takeClaimStep({
      workspaceId: w,
      userId: d.checker.id,
      role: 'checker',
      claimId: d.claims.kim,
      version: 2,
      step: { step: 'start' },
    });
    await takeClaimStep({
      workspaceId: w,
      userId: d.checker.id,
      role: 'checker',
      claimId: d.claims.kim,
      version: 3,
      step: { step: 'propose', verdict: 'false', rationale: 'He died in 2011, but his name is Kim Jong Il.' },
    });

    expect(await ids(d, { status: 'proposed' })).toEqual([d.claims.kim]);
    expect((await ids(d, { status: 'unchecked' })).sort()).toEqual(
      [d.claims.submarines, d.claims.containers, d.claims.deal, d.claims.convoys].sort(),
    );
    expect((await ids(d, { kind: 'figure' })).sort()).toEqual([d.claims.containers, d.claims.deal].sort());
    expect((await ids(d, { tag: d.tags.parent.id })).sort()).toEqual([d.claims.submarines, d.claims.containers].sort());
    expect(await ids(d, { tag: d.tags.child.id })).toEqual([d.claims.submarines]);
    expect(await ids(d, { assignee: 'me' })).toEqual([d.claims.deal]);
    expect(await ids(d, { assignee: 'me' }, { userId: d.checker.id })).toEqual([d.claims.kim]);
    expect(await ids(d, { assignee: d.checker.id })).toEqual([d.claims.kim]);
    expect((await ids(d, { assignee: 'none' })).sort()).toEqual([d.claims.submarines, d.claims.containers, d.claims.convoys].sort());
    expect(await ids(d, { verdict: 'false' })).toEqual([d.claims.kim]);
    expect(await ids(d, { verdict: 'none' })).toHaveLength(4);
    expect(await ids(d, { status: 'proposed', kind: 'figure' })).toEqual([]);
    expect((await ids(d, { sort: 'status' }))[4]).toBe(d.claims.kim);
  });

  it('searches statements, quoted words and comments in full text', async () => {
    const d = await desk();
    const w = d.workspace.id;
    await updateClaimStatement({
      workspaceId: w,
      userId: d.owner.id,
      claimId: d.claims.deal,
      version: 1,
      statement: 'Poland agreed the largest arms purchase in its history',
    });
    const annotation = await getDb().claim.findUniqueOrThrow({ where: { id: d.claims.kim }, select: { annotationId: true } });
    await getDb().comment.create({
      data: {
        annotationId: annotation.annotationId,
        authorId: d.checker.id,
        body: 'The OCR turned the name into an Roman numeral; check the obituary.',
      },
    });

    expect(await ids(d, { q: 'purchases' })).toEqual([d.claims.deal]); // statement, stemmed
    expect(await ids(d, { q: 'billion' })).toEqual([d.claims.deal]); // the quoted words still count
    expect(await ids(d, { q: 'obituaries' })).toEqual([d.claims.kim]); // a comment
    expect(await ids(d, { q: 'container' })).toEqual([d.claims.containers]);
    expect(await ids(d, { q: '"four submarines"' })).toEqual([d.claims.submarines]);
    expect(await ids(d, { q: 'submarines -navy' })).toEqual([]);
    expect(await ids(d, { q: 'convoys OR submarines', kind: 'claim' })).toHaveLength(2);
    // A deleted comment no longer matches; odd input is not an error.
    await getDb().comment.updateMany({ where: { annotationId: annotation.annotationId }, data: { deletedAt: new Date() } });
    expect(await ids(d, { q: 'obituary' })).toEqual([]);
    expect(await ids(d, { q: '"(&|!:*' })).toEqual([]);
  });

  it('shows one document’s claims in text order, and nothing of another workspace', async () => {
    const d = await desk();
    const stranger = await desk();
    expect(await ids(d, { sort: 'document' }, { documentId: d.article.id })).toEqual([
      d.claims.containers,
      d.claims.deal,
      d.claims.submarines,
      d.claims.kim,
    ]);
    // Another workspace's document: not found, whoever asks.
    await expect(
      listClaims({ userId: d.owner.id, workspaceId: d.workspace.id, documentId: stranger.article.id }, {}),
    ).rejects.toMatchObject({ code: 'not_found' });
    // Another workspace's claims never appear, even searched for.
    const all = await ids(d, { q: 'submarines' });
    expect(all).toEqual([d.claims.submarines]);
    expect(all).not.toContain(stranger.claims.submarines);
    // A non-member asking about the workspace sees nothing.
    expect(await ids(d, {}, { userId: stranger.owner.id })).toEqual([]);
  });

  it('never lists a claim of a private annotation', async () => {
    const d = await desk();
    const db = getDb();
    const note = await db.annotation.create({
      data: {
        workspaceId: d.workspace.id,
        documentId: d.article.id,
        versionId: d.article.versionId,
        kind: 'claim',
        visibility: 'private',
        exact: 'Kim',
        prefix: '',
        suffix: '',
        start: 0,
        end: 3,
        authorId: d.owner.id,
      },
    });
    await db.claim.create({ data: { workspaceId: d.workspace.id, annotationId: note.id, statement: 'A private hunch about Kim' } });
    expect(await ids(d, { q: 'hunch' })).toEqual([]);
    expect((await listClaims({ userId: d.owner.id, workspaceId: d.workspace.id }, {})).total).toBe(5);
    expect((await getClaimProgress({ userId: d.owner.id, workspaceId: d.workspace.id, documentId: d.article.id })).total).toBe(4);
  });

  it('pages through many claims by key in every order, forwards, backwards and from the end', async () => {
    const d = await desk();
    const db = getDb();
    const count = 2 * CLAIMS_PER_PAGE + 3;
    const annotations = Array.from({ length: count }, (_, index) => ({
      id: `bulk-${uniqueId()}-${index}`,
      workspaceId: d.workspace.id,
      documentId: index % 2 === 0 ? d.other.id : d.article.id,
      versionId: index % 2 === 0 ? d.other.versionId : d.article.versionId,
      kind: 'claim' as const,
      exact: 'Relief',
      prefix: '',
      suffix: '',
      start: index % 7,
      end: 6,
    }));
    await db.annotation.createMany({ data: annotations });
    await db.claim.createMany({
      data: annotations.map((annotation, index) => ({
        workspaceId: d.workspace.id,
        annotationId: annotation.id,
        statement: `Generated claim ${index}`,
        // ties in every key but the id, and a few statuses and groups to sort by
        status: index % 3 === 0 ? ('proposed' as const) : ('unchecked' as const),
        groupId: index % 5 === 0 ? `group-${index % 2}` : null,
        updatedAt: new Date(Date.UTC(2026, 0, 1 + (index % 4))),
      })),
    });
    const scope = { userId: d.owner.id, workspaceId: d.workspace.id };
    for (const sort of ['updated', 'status', 'document', 'group'] as const) {
      const filters: TClaimFilters = { q: 'generated', sort };
      const first = await listClaims(scope, filters);
      expect([first.total, first.pageCount, first.page, first.previous, first.rows.length]).toEqual([count, 3, 1, null, CLAIMS_PER_PAGE]);
      const second = await listClaims(scope, { ...filters, after: first.next!, page: 2 });
      const third = await listClaims(scope, { ...filters, after: second.next!, page: 3 });
      expect([second.page, second.rows.length, third.page, third.rows.length, third.next]).toEqual([2, CLAIMS_PER_PAGE, 3, 3, null]);
      const forwards = [...first.rows, ...second.rows, ...third.rows].map((row) => row.id);
      expect(new Set(forwards).size).toBe(count);
      // Backwards gives the same pages, and the last page is the third.
      const last = await listClaims(scope, { ...filters, before: LAST_PAGE });
      expect([last.page, last.next, last.rows.map((row) => row.id)]).toEqual([3, null, third.rows.map((row) => row.id)]);
      const back = await listClaims(scope, { ...filters, before: last.previous!, page: 2 });
      expect(back.rows.map((row) => row.id)).toEqual(second.rows.map((row) => row.id));
      const start = await listClaims(scope, { ...filters, before: back.previous!, page: 1 });
      expect([start.page, start.previous, start.rows.map((row) => row.id)]).toEqual([1, null, first.rows.map((row) => row.id)]);
    }
    // The claims' own order, read in one go through the export's conditions, is the one paged through.
    const updated = [
      ...(await listClaims(scope, { q: 'generated' })).rows,
      ...(await listClaims(scope, { q: 'generated', after: (await listClaims(scope, { q: 'generated' })).next! })).rows,
    ];
    const expected = await db.claim.findMany({
      where: { workspaceId: d.workspace.id, statement: { startsWith: 'Generated' } },
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      take: 2 * CLAIMS_PER_PAGE,
      select: { id: true },
    });
    expect(updated.map((row) => row.id)).toEqual(expected.map((row) => row.id));
  });

  it('ignores a cursor of another order or one that does not decode, showing the first page', async () => {
    const d = await desk();
    const scope = { userId: d.owner.id, workspaceId: d.workspace.id };
    const first = await listClaims(scope, {});
    const forged = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
    for (const after of [
      forged(['status', 'proposed', '2026-01-01 00:00:00', 'x']),
      forged(['updated', 'not a date', 'x']),
      'bm90IGpzb24',
    ]) {
      const page = await listClaims(scope, { after });
      expect([page.page, page.rows.map((row) => row.id)]).toEqual([1, first.rows.map((row) => row.id)]);
    }
    expect(ZClaimFilters.safeParse({ after: 'not a cursor!' }).success).toBe(false);
  });

  it('counts up to the cap and pages on past it, saying there are more', async () => {
    const d = await desk();
    const db = getDb();
    const count = CLAIM_COUNT_CAP + 2;
    const annotations = Array.from({ length: count }, (_, index) => ({
      id: `capped-${uniqueId()}-${index}`,
      workspaceId: d.workspace.id,
      documentId: d.other.id,
      versionId: d.other.versionId,
      kind: 'claim' as const,
      exact: 'Relief',
      prefix: '',
      suffix: '',
      start: 0,
      end: 6,
    }));
    await db.annotation.createMany({ data: annotations });
    await db.claim.createMany({
      data: annotations.map((annotation, index) => ({
        workspaceId: d.workspace.id,
        annotationId: annotation.id,
        statement: `Mass claim ${index}`,
      })),
    });
    const scope = { userId: d.owner.id, workspaceId: d.workspace.id };
    const first = await listClaims(scope, { q: 'mass' });
    expect([first.total, first.totalIsCapped, first.pageCount]).toEqual([CLAIM_COUNT_CAP, true, null]);
    // The last page is a full one, its number unknown; the page before it is reached by key.
    const last = await listClaims(scope, { q: 'mass', before: LAST_PAGE });
    expect([last.rows.length, last.page, last.next]).toEqual([CLAIMS_PER_PAGE, null, null]);
    const before = await listClaims(scope, { q: 'mass', before: last.previous! });
    expect(before.rows).toHaveLength(CLAIMS_PER_PAGE);
    expect(before.next).not.toBeNull();
    // Under the cap the count is exact.
    const narrowed = await listClaims(scope, { q: 'mass', status: 'unchecked', kind: 'figure' });
    expect([narrowed.total, narrowed.totalIsCapped, narrowed.pageCount]).toEqual([0, false, 1]);
    await db.annotation.deleteMany({ where: { id: { in: annotations.map((annotation) => annotation.id) } } });
  });

  it('counts a document’s claims by status and the verdicts of reviewed ones', async () => {
    const d = await desk();
    const w = d.workspace.id;
    await takeClaimStep({
      workspaceId: w,
      userId: d.checker.id,
      role: 'checker',
      claimId: d.claims.kim,
      version: 1,
      step: { step: 'start' },
    });
    await takeClaimStep({
      workspaceId: w,
      userId: d.checker.id,
      role: 'checker',
      claimId: d.claims.kim,
      version: 2,
      step: { step: 'propose', verdict: 'false', rationale: 'Wrong name.' },
    });
    await takeClaimStep({
      workspaceId: w,
      userId: d.editor.id,
      role: 'editor',
      claimId: d.claims.kim,
      version: 3,
      step: { step: 'accept' },
    });
    await takeClaimStep({
      workspaceId: w,
      userId: d.checker.id,
      role: 'checker',
      claimId: d.claims.deal,
      version: 1,
      step: { step: 'start' },
    });
    const progress = await getClaimProgress({ userId: d.viewer.id, workspaceId: w, documentId: d.article.id });
    expect(progress).toEqual({
      total: 4,
      byStatus: { unchecked: 2, in_progress: 1, proposed: 0, reviewed: 1 },
      reviewedVerdicts: { verified: 0, false: 1, misleading: 0, unverifiable: 0 },
    });
  });
});

describe('bulk changes on the claim board', () => {
  it('assigns each selected claim on its own, reporting a stale row and never touching another workspace’s claim', async () => {
    const d = await desk();
    const stranger = await desk();
    const w = d.workspace.id;
    // Someone changed the deal since the board was read: that row is refused as stale.
    await updateClaimStatement({ workspaceId: w, userId: d.owner.id, claimId: d.claims.deal, version: 1, statement: 'A record arms deal' });
    const outcome = await bulkAssignClaims({
      workspaceId: w,
      userId: d.editor.id,
      assigneeId: d.checker.id,
      claims: [
        { claimId: d.claims.kim, version: 1 },
        { claimId: d.claims.containers, version: 1 },
        { claimId: d.claims.deal, version: 1 },
        { claimId: stranger.claims.kim, version: 1 },
      ],
    });
    expect(outcome.changed).toBe(2);
    expect(outcome.summary).toBe('2 changed, 2 refused');
    expect(outcome.refused).toEqual([
      { claimId: d.claims.deal, label: '“A record arms deal”', reason: expect.stringContaining('Someone else changed this claim') },
      { claimId: stranger.claims.kim, label: 'A claim that is not in this workspace', reason: 'This claim was not found.' },
    ]);
    expect(await ids(d, { assignee: d.checker.id })).toHaveLength(2);
    expect((await getDb().claim.findUniqueOrThrow({ where: { id: stranger.claims.kim } })).assigneeId).toBeNull();
    const activities = await getDb().activity.count({ where: { workspaceId: w, action: 'claim.assigned' } });
    expect(activities).toBe(2);
  });

  it('refuses to assign claims to a viewer, row by row, with the rule’s reason', async () => {
    const d = await desk();
    const outcome = await bulkAssignClaims({
      workspaceId: d.workspace.id,
      userId: d.owner.id,
      assigneeId: d.viewer.id,
      claims: [{ claimId: d.claims.kim, version: 1 }],
    });
    expect(outcome).toMatchObject({
      changed: 0,
      summary: '0 changed, 1 refused',
      refused: [{ reason: expect.stringContaining('Viewers cannot check claims') }],
    });
  });

  it('moves claims through the workflow under the rules of one at a time', async () => {
    const d = await desk();
    const w = d.workspace.id;
    await takeClaimStep({
      workspaceId: w,
      userId: d.checker.id,
      role: 'checker',
      claimId: d.claims.kim,
      version: 1,
      step: { step: 'start' },
    });
    const started = await bulkClaimStep({
      workspaceId: w,
      userId: d.checker.id,
      role: 'checker',
      step: { step: 'start' },
      claims: [
        { claimId: d.claims.submarines, version: 1 },
        { claimId: d.claims.kim, version: 2 },
        { claimId: d.claims.containers, version: 1 },
      ],
    });
    expect(started).toMatchObject({
      changed: 2,
      summary: '2 changed, 1 refused',
      refused: [{ claimId: d.claims.kim, reason: expect.stringContaining('This claim is in progress') }],
    });
    expect((await ids(d, { status: 'in_progress' })).sort()).toEqual([d.claims.submarines, d.claims.kim, d.claims.containers].sort());

    // Reopening needs an editor: a checker is refused on every row, an editor is not.
    await takeClaimStep({
      workspaceId: w,
      userId: d.checker.id,
      role: 'checker',
      claimId: d.claims.kim,
      version: 2,
      step: { step: 'propose', verdict: 'unverifiable', rationale: 'No record.' },
    });
    await takeClaimStep({ workspaceId: w, userId: d.owner.id, role: 'owner', claimId: d.claims.kim, version: 3, step: { step: 'accept' } });
    const reopenByChecker = await bulkClaimStep({
      workspaceId: w,
      userId: d.checker.id,
      role: 'checker',
      step: { step: 'reopen', reason: 'New source' },
      claims: [{ claimId: d.claims.kim, version: 4 }],
    });
    expect(reopenByChecker.refused[0]?.reason).toBe('Only editors and owners reopen reviewed claims.');
    const reopenByEditor = await bulkClaimStep({
      workspaceId: w,
      userId: d.editor.id,
      role: 'editor',
      step: { step: 'reopen', reason: 'New source' },
      claims: [{ claimId: d.claims.kim, version: 4 }],
    });
    expect(reopenByEditor).toMatchObject({ changed: 1, refused: [] });
  });
});
