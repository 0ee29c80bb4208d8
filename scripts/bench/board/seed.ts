// Seeds a big workspace for bench:board straight through `pg`: documents, annotations with their
// anchors, claims, tags, comments, sources with evidence, and an activity trail, inserted in
// batches with unnest(). The live feed's triggers are switched off for the seeding session
// (session_replication_role = replica): the benchmark reads, and a million change events would
// only slow the seeding down; the claims' search vectors, which triggers keep, are filled at the end.
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { ClaimStatus, Verdict } from '@/lib/generated/prisma/enums';

const BATCH = 20_000;

const SUBJECTS = ['North Korea', 'Poland', 'The ministry', 'South Korea', 'The navy', 'Exporters', 'The central bank', 'Relief agencies'];
const VERBS = ['shipped', 'spent', 'signed', 'reported', 'built', 'lost', 'received', 'promised', 'delivered', 'cut'];
const NOUNS = ['containers of munitions', 'submarines', 'tanks', 'dollars in aid', 'jobs', 'hospital beds', 'tonnes of grain', 'refugees'];
const STATUSES: ClaimStatus[] = ['unchecked', 'unchecked', 'in_progress', 'proposed', 'reviewed'];
const VERDICTS: Verdict[] = ['verified', 'false', 'misleading', 'unverifiable'];
const LINK_STATUSES = ['alive', 'alive', 'alive', 'unchecked', 'changed', 'gone', 'redirected'] as const;

/** A deterministic sentence per index, so that each search word hits a known share of the claims. */
export function sentence(index: number) {
  const pick = <T>(list: T[], salt: number) => list[(index * 7 + salt * 13 + Math.floor(index / list.length) * salt) % list.length]!;
  return `${pick(SUBJECTS, 1)} ${pick(VERBS, 2)} ${(index % 977) * 17 + 3} ${pick(NOUNS, 3)} in ${2000 + (index % 25)}.`;
}

export type BigWorkspace = { documents: { id: string; versionId: string }[]; tagIds: string[] };
export type Scale = { documents: number; annotations: number; sources: number };

/** Inserts `rows` (objects of equal keys) into `table` with one unnest() per batch, each column cast to its type. */
export async function insert(client: pg.PoolClient, table: string, types: Record<string, string>, rows: Record<string, unknown>[]) {
  const columns = Object.keys(types);
  for (let from = 0; from < rows.length; from += BATCH) {
    const batch = rows.slice(from, from + BATCH);
    const arrays = columns.map((column) => batch.map((row) => row[column] ?? null));
    const list = columns.map((column) => `"${column}"`).join(', ');
    const unnest = columns.map((column, index) => `$${index + 1}::${types[column]}[]`).join(', ');
    await client.query(`INSERT INTO "${table}" (${list}) SELECT * FROM unnest(${unnest})`, arrays);
  }
}

export async function seedBigWorkspace(
  databaseUrl: string,
  { workspaceId, userIds }: { workspaceId: string; userIds: string[] },
  scale: Scale,
): Promise<BigWorkspace> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const client = await pool.connect();
  try {
    await client.query(`SET session_replication_role = replica`);
    const now = new Date('2026-06-01T00:00:00Z');
    const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1) + minutes * 60_000).toISOString();
    const perDocument = Math.ceil(scale.annotations / scale.documents);
    const documents = Array.from({ length: scale.documents }, (_, index) => ({
      id: `bench-d-${index}`,
      versionId: `bench-v-${index}`,
    }));
    await insert(
      client,
      'Document',
      { id: 'text', workspaceId: 'text', title: 'text', createdById: 'text', updatedAt: 'timestamp' },
      documents.map((document, index) => ({
        id: document.id,
        workspaceId,
        title: `Report ${index + 1}`,
        createdById: userIds[0],
        updatedAt: now,
      })),
    );
    const text = Array.from({ length: perDocument }, (_, index) => sentence(index).padEnd(119, ' ')).join('\n');
    await insert(
      client,
      'DocumentVersion',
      {
        id: 'text',
        documentId: 'text',
        number: 'int',
        content: 'jsonb',
        plainText: 'text',
        contentHash: 'text',
        origin: '"VersionOrigin"',
        createdById: 'text',
      },
      documents.map((document) => ({
        id: document.versionId,
        documentId: document.id,
        number: 1,
        content: JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }),
        plainText: text,
        contentHash: createHash('sha256').update(text).digest('hex'),
        origin: 'paste',
        createdById: userIds[0],
      })),
    );
    const tagIds = ['Defence', 'Economy', 'Health'].map((_, index) => `bench-t-${index}`);
    await insert(
      client,
      'Tag',
      { id: 'text', workspaceId: 'text', name: 'text', color: 'text', updatedAt: 'timestamp' },
      ['Defence', 'Economy', 'Health'].map((name, index) => ({
        id: tagIds[index],
        workspaceId,
        name,
        color: ['#336699', '#993366', '#669933'][index],
        updatedAt: now,
      })),
    );
    const sources = Array.from({ length: scale.sources }, (_, index) => {
      const url = `https://source-${index}.example/page`;
      return {
        id: `bench-s-${index}`,
        workspaceId,
        url,
        normalizedUrl: url,
        domain: `source-${index % 500}.example`,
        title: `Source ${index}`,
        linkStatus: LINK_STATUSES[index % LINK_STATUSES.length],
        lastCheckedAt: index % 4 === 0 ? null : at(index),
        updatedAt: now,
      };
    });
    await insert(
      client,
      'Source',
      {
        id: 'text',
        workspaceId: 'text',
        url: 'text',
        normalizedUrl: 'text',
        domain: 'text',
        title: 'text',
        linkStatus: '"LinkStatus"',
        lastCheckedAt: 'timestamp',
        updatedAt: 'timestamp',
      },
      sources,
    );

    for (let from = 0; from < scale.annotations; from += BATCH) {
      const indexes = Array.from({ length: Math.min(BATCH, scale.annotations - from) }, (_, offset) => from + offset);
      const annotations = indexes.map((index) => {
        const document = documents[Math.floor(index / perDocument)]!;
        const start = (index % perDocument) * 120;
        const exact = sentence(index % perDocument);
        // Every other annotation is a claim or a figure; the rest are notes, one in ten of them private.
        const kind = index % 2 === 1 ? 'note' : index % 3 === 0 ? 'figure' : 'claim';
        return {
          id: `bench-a-${index}`,
          workspaceId,
          documentId: document.id,
          versionId: document.versionId,
          kind,
          visibility: kind === 'note' && index % 10 === 1 ? 'private' : 'shared',
          exact,
          prefix: '',
          suffix: '',
          start,
          end: start + exact.length,
          authorId: userIds[index % userIds.length],
          updatedAt: at(index),
        };
      });
      await insert(
        client,
        'Annotation',
        {
          id: 'text',
          workspaceId: 'text',
          documentId: 'text',
          versionId: 'text',
          kind: '"AnnotationKind"',
          visibility: '"AnnotationVisibility"',
          exact: 'text',
          prefix: 'text',
          suffix: 'text',
          start: 'int',
          end: 'int',
          authorId: 'text',
          updatedAt: 'timestamp',
        },
        annotations,
      );
      await insert(
        client,
        'AnnotationAnchor',
        { id: 'text', annotationId: 'text', versionId: 'text', start: 'int', end: 'int', state: '"AnchorState"', updatedAt: 'timestamp' },
        annotations.map((annotation) => ({
          id: `bench-an-${annotation.id}`,
          annotationId: annotation.id,
          versionId: annotation.versionId,
          start: annotation.start,
          end: annotation.end,
          state: 'anchored',
          updatedAt: now,
        })),
      );
      await insert(
        client,
        'AnnotationTag',
        { annotationId: 'text', tagId: 'text' },
        annotations
          .filter((_, offset) => offset % 8 === 0)
          .map((annotation, offset) => ({ annotationId: annotation.id, tagId: tagIds[offset % 3] })),
      );
      const claims = indexes
        .filter((index) => index % 2 === 0)
        .map((index) => {
          const status = STATUSES[(index / 2) % STATUSES.length]!;
          return {
            id: `bench-c-${index}`,
            workspaceId,
            annotationId: `bench-a-${index}`,
            // One claim in five is reworded, so that statement and quote differ.
            statement: index % 5 === 0 ? `Reworded: ${sentence(index + 1)}` : sentence(index % perDocument),
            status,
            verdict: status === 'proposed' || status === 'reviewed' ? VERDICTS[(index / 2) % VERDICTS.length] : null,
            assigneeId: index % 3 === 0 ? null : userIds[index % userIds.length],
            updatedAt: at(index),
          };
        });
      await insert(
        client,
        'Claim',
        {
          id: 'text',
          workspaceId: 'text',
          annotationId: 'text',
          statement: 'text',
          status: '"ClaimStatus"',
          verdict: '"Verdict"',
          assigneeId: 'text',
          updatedAt: 'timestamp',
        },
        claims,
      );
      await insert(
        client,
        'Evidence',
        { id: 'text', claimId: 'text', sourceId: 'text', stance: '"EvidenceStance"', updatedAt: 'timestamp' },
        claims
          .filter((_, offset) => offset % 4 === 0)
          .map((claim, offset) => ({
            id: `bench-e-${claim.id}`,
            claimId: claim.id,
            sourceId: sources[(from + offset) % sources.length]!.id,
            stance: 'supports',
            updatedAt: now,
          })),
      );
      // A comment on one annotation in ten; one in a hundred mentions an obituary.
      await insert(
        client,
        'Comment',
        { id: 'text', annotationId: 'text', authorId: 'text', body: 'text', updatedAt: 'timestamp' },
        annotations
          .filter((_, offset) => offset % 10 === 0)
          .map((annotation, offset) => ({
            id: `bench-m-${annotation.id}`,
            annotationId: annotation.id,
            authorId: userIds[1 % userIds.length],
            body: offset % 10 === 0 ? 'Compare with the obituary in the archive.' : 'Which table of the report is this from?',
            updatedAt: now,
          })),
      );
      // The trail: each annotation's creation, and a status change for each claim (private notes: theirs alone).
      await insert(
        client,
        'Activity',
        {
          workspaceId: 'text',
          actorId: 'text',
          action: 'text',
          entityType: 'text',
          entityId: 'text',
          documentId: 'text',
          claimId: 'text',
          visibleToId: 'text',
          createdAt: 'timestamp',
        },
        [
          ...annotations.map((annotation, offset) => ({
            workspaceId,
            actorId: annotation.authorId,
            action: 'annotation.created',
            entityType: 'Annotation',
            entityId: annotation.id,
            documentId: annotation.documentId,
            claimId: null,
            visibleToId: annotation.visibility === 'private' ? annotation.authorId : null,
            createdAt: at(from + offset),
          })),
          ...claims.map((claim, offset) => ({
            workspaceId,
            actorId: userIds[0],
            action: 'claim.status_changed',
            entityType: 'Claim',
            entityId: claim.id,
            documentId: annotations[offset * 2]!.documentId,
            claimId: claim.id,
            visibleToId: null,
            createdAt: at(from + offset * 2 + 1),
          })),
        ],
      );
    }
    // What the triggers switched off for this session would have kept (migration claim_search_vector).
    await client.query(`UPDATE "Claim" SET "searchVector" = margin_claim_search_vector("statement", "annotationId")`);
    await client.query('VACUUM ANALYZE');
    return { documents, tagIds };
  } finally {
    client.release();
    await pool.end();
  }
}
