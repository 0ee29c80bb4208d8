// The data of npm run bench:export (and of export-hashes.ts): BENCH_CLAIMS (50,000) reviewed
// claims in documents of 1,000, in a workspace of two members with a publishing profile.
import { getDb } from '@/lib/db';
import { samplePublishing } from '@/lib/export/sample-claims';
import { createDocument } from '@/lib/server/documents/create-document';
import { savePublishingProfile } from '@/lib/server/publishing/save-publishing-profile';
import { createUser } from '@/lib/server/users/create-user';
import { createWorkspace } from '@/lib/server/workspaces/create-workspace';

export const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 50_000);
export const PER_DOCUMENT = 1_000;
const BATCH = 5_000;
const VERDICTS = ['verified', 'false', 'misleading', 'unverifiable'] as const;
const NOUNS = ['containers of munitions', 'submarines', 'tanks', 'dollars in aid', 'jobs', 'hospital beds', 'tonnes of grain'];

/** Reviewed claims (so that every format, ClaimReview included, takes them all), half with two sources. */
async function seed(workspaceId: string, userIds: [string, string]) {
  const db = getDb();
  const documents: { id: string; versionId: string }[] = [];
  for (let index = 0; index < Math.ceil(CLAIMS / PER_DOCUMENT); index += 1) {
    const document = await createDocument({
      workspaceId,
      userId: userIds[0],
      title: `Report ${index + 1}`,
      blocks: [{ type: 'paragraph', text: 'Generated for the benchmark. '.repeat(4_000) }],
      origin: 'paste',
    });
    await db.document.update({
      where: { id: document.id },
      data: { originUrl: `https://news.example/report-${index + 1}`, byline: 'Bench Reporter', publishedAt: new Date('2026-01-01') },
    });
    const version = await db.documentVersion.findFirstOrThrow({ where: { documentId: document.id }, select: { id: true } });
    documents.push({ id: document.id, versionId: version.id });
  }
  const sources = await Promise.all(
    Array.from({ length: 50 }, (_, index) => {
      const url = `https://source-${index}.example/page`;
      return db.source.create({
        data: { workspaceId, url, normalizedUrl: url, domain: `source-${index}.example`, title: `Source ${index}` },
      });
    }),
  );
  for (let from = 0; from < CLAIMS; from += BATCH) {
    const indexes = Array.from({ length: Math.min(BATCH, CLAIMS - from) }, (_, offset) => from + offset);
    await db.annotation.createMany({
      data: indexes.map((index) => {
        const document = documents[Math.floor(index / PER_DOCUMENT)]!;
        const start = (index % PER_DOCUMENT) * 100;
        return {
          id: `bench-a-${index}`,
          workspaceId,
          documentId: document.id,
          versionId: document.versionId,
          kind: index % 3 === 0 ? ('figure' as const) : ('claim' as const),
          exact: 'Generated for the benchmark. Generated',
          prefix: '',
          suffix: '',
          start,
          end: start + 37,
          authorId: userIds[0],
        };
      }),
    });
    // Placed in the latest version, as annotations made in the editor are: every export describes their words there.
    await db.annotationAnchor.createMany({
      data: indexes.map((index) => {
        const start = (index % PER_DOCUMENT) * 100;
        return {
          annotationId: `bench-a-${index}`,
          versionId: documents[Math.floor(index / PER_DOCUMENT)]!.versionId,
          start,
          end: start + 37,
          state: 'anchored' as const,
        };
      }),
    });
    await db.claim.createMany({
      data: indexes.map((index) => ({
        id: `bench-c-${String(index).padStart(6, '0')}`,
        workspaceId,
        annotationId: `bench-a-${index}`,
        statement: `The ministry reported ${(index % 977) * 17 + 3} ${NOUNS[index % NOUNS.length]} in ${2000 + (index % 25)}, "more than ever".`,
        status: 'reviewed' as const,
        verdict: VERDICTS[index % VERDICTS.length]!,
        rationale: 'Checked against the ministry’s annual table and two independent reports; the figure matches the table within rounding.',
        proposedById: userIds[1],
        proposedAt: new Date('2026-02-01'),
        reviewedById: userIds[0],
        reviewedAt: new Date('2026-02-02'),
        ...(index % 3 === 0
          ? { figureKind: 'number', figureValue: String((index % 977) * 17 + 3), figureUnit: NOUNS[index % NOUNS.length]! }
          : {}),
      })),
    });
    await db.evidence.createMany({
      data: indexes
        .filter((index) => index % 2 === 0)
        .flatMap((index) => [
          {
            claimId: `bench-c-${String(index).padStart(6, '0')}`,
            sourceId: sources[index % 50]!.id,
            stance: 'supports' as const,
            quote: 'the table says so',
          },
          {
            claimId: `bench-c-${String(index).padStart(6, '0')}`,
            sourceId: sources[(index + 7) % 50]!.id,
            stance: 'contradicts' as const,
            quote: null,
          },
        ]),
    });
    await db.comment.createMany({
      data: indexes
        .filter((index) => index % 10 === 0)
        .map((index) => ({ annotationId: `bench-a-${index}`, authorId: userIds[1], body: 'Which table of the report is this from?' })),
    });
  }
  await db.$executeRawUnsafe('ANALYZE');
  return documents;
}

/** Two members (Ana, the owner, and Ben), their workspace with its publishing profile, and its claims. */
export async function seedExportBench() {
  const [ana, ben] = await Promise.all(
    ['Ana', 'Ben'].map((name) => createUser({ name, email: `${name.toLowerCase()}@example.test`, password: 'bench-password' })),
  );
  const workspace = await createWorkspace({ userId: ana!.id, name: 'Bench desk' });
  await getDb().membership.create({ data: { workspaceId: workspace.id, userId: ben!.id, role: 'checker' } });
  await savePublishingProfile({ actorId: ana!.id, workspaceId: workspace.id, version: 0, profile: samplePublishing });
  const documents = await seed(workspace.id, [ana!.id, ben!.id]);
  return { ana: ana!, ben: ben!, workspace, documents };
}
