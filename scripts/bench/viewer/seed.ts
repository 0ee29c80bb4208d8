// The document the viewer benchmark opens: a ~500 KB report with thousands of annotations of
// every kind, some tagged, some private, many overlapping, stored exactly as createAnnotation
// stores them (both selectors from describe, an anchor on the version, tag links, the Claim of a
// claim or figure, an Activity entry) — in bulk, in one transaction, because 5,000 calls would
// each re-read the 500 KB text.
import { describe } from '@/lib/anchoring';
import { getDb } from '@/lib/db';
import type { AnnotationKind } from '@/lib/generated/prisma/enums';
import { recordActivities } from '@/lib/server/activity/record-activity';
import { listAnnotations } from '@/lib/server/annotations/list-annotations';
import { hasClaim, initialClaimFields } from '@/lib/server/claims/claim-fields';
import { importDocument } from '@/lib/server/documents/import-document';
import { createTag } from '@/lib/server/tags/create-tag';
import { createUser } from '@/lib/server/users/create-user';
import { createWorkspace } from '@/lib/server/workspaces/create-workspace';
import { projectPlainText, blocksToDoc } from '@/lib/text-model';
import { makeLongArticle } from '../../fixtures/make-documents';
import { seededRandom, type Random } from '../anchoring/random';

export const BENCH_ACCOUNT = { name: 'Bench reader', email: 'bench-viewer@example.test', password: 'bench-viewer-password' };

const KINDS: AnnotationKind[] = ['claim', 'figure', 'citation', 'note'];
const TAGS: [string, string][] = [
  ['Budget', '#d97706'],
  ['Contracts', '#2563eb'],
  ['Ministry', '#059669'],
  ['Dates', '#7c3aed'],
  ['Disputed', '#dc2626'],
  ['Follow up', '#0891b2'],
];

/** Word-aligned spans of one word to about two sentences, inside one paragraph. */
function makeSpans(text: string, random: Random, count: number) {
  const spans: { start: number; end: number }[] = [];
  while (spans.length < count) {
    const start = text.indexOf(' ', random.int(0, text.length - 300)) + 1;
    const end = text.indexOf(' ', start + random.pick([3, 6, 10, 20, 40, 80, 160]));
    if (start > 0 && end > start && !text.slice(start, end).includes('\n')) spans.push({ start, end });
  }
  return spans;
}

export async function seedViewerDocument({ paragraphs, annotations: count }: { paragraphs: number; annotations: number }) {
  const user = await createUser(BENCH_ACCOUNT);
  const colleague = await createUser({
    name: 'Bench colleague',
    email: 'bench-colleague@example.test',
    password: 'bench-colleague-password',
  });
  const workspace = await createWorkspace({ userId: user.id, name: 'Bench desk' });
  const db = getDb();
  await db.membership.create({ data: { workspaceId: workspace.id, userId: colleague.id, role: 'checker' } });
  const tags: { id: string }[] = [];
  for (const [name, color] of TAGS) tags.push(await createTag({ workspaceId: workspace.id, userId: user.id, name, color, parentId: null }));

  const blocks = makeLongArticle(paragraphs);
  const document = await importDocument({
    workspaceId: workspace.id,
    userId: user.id,
    imported: { title: 'Annual review of contracts', byline: null, publishedAt: null, blocks, urls: [] },
    origin: 'paste',
  });
  const version = await db.documentVersion.findFirstOrThrow({
    where: { documentId: document.id },
    select: { id: true, number: true, plainText: true },
  });
  if (version.plainText !== projectPlainText(blocksToDoc(blocks))) throw new Error('The stored text is not the generated article.');

  const random = seededRandom(5);
  const rows = makeSpans(version.plainText, random, count).map(({ start, end }) => {
    const [quote] = describe(version.plainText, start, end);
    return {
      kind: random.pick(KINDS),
      // A tenth are private: the colleague's stay hidden from the bench reader, as they would.
      visibility: random.next() < 0.1 ? ('private' as const) : ('shared' as const),
      authorId: random.next() < 0.7 ? user.id : colleague.id,
      tagIds: random.next() < 0.4 ? [...new Set([random.pick(tags).id, ...(random.next() < 0.3 ? [random.pick(tags).id] : [])])] : [],
      start,
      end,
      quote,
    };
  });

  await db.$transaction(
    async (tx) => {
      const created = await tx.annotation.createManyAndReturn({
        data: rows.map((row) => ({
          workspaceId: workspace.id,
          documentId: document.id,
          versionId: version.id,
          kind: row.kind,
          visibility: row.visibility,
          exact: row.quote.exact,
          prefix: row.quote.prefix,
          suffix: row.quote.suffix,
          start: row.start,
          end: row.end,
          authorId: row.authorId,
        })),
        select: { id: true, start: true, end: true },
      });
      const byIndex = created.map((annotation, index) => {
        const row = rows[index]!;
        if (annotation.start !== row.start || annotation.end !== row.end)
          throw new Error('createManyAndReturn changed the order of the rows.');
        return { id: annotation.id, row };
      });
      await tx.annotationAnchor.createMany({
        data: byIndex.map(({ id, row }) => ({
          annotationId: id,
          versionId: version.id,
          start: row.start,
          end: row.end,
          state: 'anchored' as const,
        })),
      });
      await tx.annotationTag.createMany({
        data: byIndex.flatMap(({ id, row }) => row.tagIds.map((tagId) => ({ annotationId: id, tagId }))),
      });
      // A claim or a figure comes with the Claim the team works through.
      const claims = await tx.claim.createManyAndReturn({
        data: byIndex
          .filter(({ row }) => hasClaim(row.kind))
          .map(({ id, row }) => ({ workspaceId: workspace.id, annotationId: id, ...initialClaimFields(row.kind, row.quote.exact) })),
        select: { id: true, annotationId: true },
      });
      const claimOf = new Map(claims.map((claim) => [claim.annotationId, claim.id]));
      await recordActivities(
        tx,
        byIndex.map(({ id, row }) => ({
          workspaceId: workspace.id,
          actorId: row.authorId,
          action: 'annotation.created' as const,
          annotation: { visibility: row.visibility, authorId: row.authorId },
          entityType: 'Annotation',
          entityId: id,
          documentId: document.id,
          claimId: claimOf.get(id) ?? null,
          after: {
            kind: row.kind,
            visibility: row.visibility,
            exact: row.quote.exact,
            start: row.start,
            end: row.end,
            version: version.number,
          },
        })),
      );
    },
    { timeout: 120_000 },
  );

  // What the bench reader's page shows: shared annotations and their own private ones.
  const visible = await listAnnotations({ userId: user.id, workspaceId: workspace.id, documentId: document.id, versionId: version.id });
  return {
    path: `/w/${workspace.slug}/documents/${document.id}`,
    characters: version.plainText.length,
    annotations: rows.length,
    visible: visible.filter((annotation) => annotation.start !== null && annotation.end !== null && annotation.end > annotation.start)
      .length,
  };
}
