import 'server-only';
import type { Readable } from 'node:stream';
import type { TRecordType } from '@/lib/archive/format';
import { ArchiveError, readArchive } from '@/lib/archive/read-archive';
import type { TArchiveRecord, TArchiveRow } from '@/lib/archive/records';
import { getDb, type Db, type DbTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { ArchiveIds } from './archive-ids';
import { WRITERS, type BatchType, type WriteContext } from './archive-row-writers';

/** A whole workspace is one transaction: long enough for a large one. */
const IMPORT_TIMEOUT_MS = 6 * 60 * 60 * 1000;
const BATCH_ROWS = 500;
/** Evidence files and long texts: a batch is written once it holds this much. */
const BATCH_CHARS = 16 * 1024 * 1024;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type ImportSummary = {
  workspaceId: string;
  slug: string;
  counts: Partial<Record<TRecordType, number>>;
  /** emails of the accounts created here (without a password) for members this server did not know */
  createdUsers: string[];
  /** old id → new id */
  ids: Map<string, string>;
};

/** Roughly what a record weighs in a batch: its long texts and bytes. */
function weightOf(record: TArchiveRecord): number {
  if (record.type === 'evidenceUpload') return record.row.byteLength + (record.row.text?.length ?? 0);
  // the text, and the same text again in the editor's JSON
  if (record.type === 'documentVersion') return record.row.plainText.length * 2;
  if (record.type === 'sourceCapture') return record.row.text?.length ?? 0;
  return 0;
}

/** A slug from the command line or from the file becomes a URL segment: only what Margin itself makes. */
function checkSlug(slug: string) {
  if (!SLUG.test(slug) || slug.length > 60) {
    throw new AppError(
      'invalid',
      `"${slug.slice(0, 60)}" is not a workspace slug: lowercase letters, digits and single dashes, at most 60 characters (--slug).`,
    );
  }
}

/** Matches a person by email, or creates their account without a password (docs/OPERATIONS.md). */
async function placeUser(tx: DbTransaction, row: TArchiveRow<'user'>, ids: ArchiveIds, created: string[]) {
  const email = row.email.trim().toLowerCase();
  const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) return ids.same(row.id, existing.id);
  const user = await tx.user.create({
    data: { email, name: row.name, image: row.image, emailVerified: row.emailVerified, passwordHash: null },
    select: { id: true },
  });
  created.push(email);
  ids.same(row.id, user.id);
}

/** Sets the parents of tags and comments once every one of them exists. */
async function setParents(tx: DbTransaction, c: WriteContext) {
  const pairs = (list: [string, string][]) => [list.map(([id]) => id), list.map(([, parent]) => c.ids.ref(parent))];
  const [tagIds, tagParents] = pairs(c.parents.Tag);
  const [commentIds, commentParents] = pairs(c.parents.Comment);
  await tx.$executeRaw`UPDATE "Tag" AS t SET "parentId" = v.parent FROM unnest(${tagIds}::text[], ${tagParents}::text[]) AS v(id, parent) WHERE t.id = v.id`;
  await tx.$executeRaw`UPDATE "Comment" AS t SET "parentId" = v.parent FROM unnest(${commentIds}::text[], ${commentParents}::text[]) AS v(id, parent) WHERE t.id = v.id`;
}

/**
 * Restores an archive (lib/archive/format.ts) as a new workspace, under `slug` or the archived
 * one: every object gets a new id, members are matched by email. One transaction: a refused
 * archive or a taken slug changes nothing. `db` is another database's client in tests.
 */
export async function importWorkspaceArchive({
  input,
  slug,
  db = getDb(),
}: {
  input: Readable;
  slug?: string;
  db?: Db;
}): Promise<ImportSummary> {
  if (slug !== undefined) checkSlug(slug);
  const ids = new ArchiveIds();
  const createdUsers: string[] = [];
  const counts: ImportSummary['counts'] = {};
  let context: WriteContext | null = null;
  let finalSlug = slug ?? '';
  try {
    await db.$transaction(
      async (tx) => {
        let batch: { type: BatchType; data: unknown[]; chars: number } | null = null;
        const flush = async () => {
          if (batch?.data.length) await WRITERS[batch.type].insert(tx, batch.data as never[]);
          batch = null;
        };
        for await (const item of readArchive(input)) {
          if (item.type === 'header') {
            finalSlug = slug ?? item.header.slug;
            checkSlug(finalSlug);
            const taken = await tx.workspace.findUnique({ where: { slug: finalSlug }, select: { id: true } });
            if (taken)
              throw new AppError(
                'conflict',
                `A workspace with the slug "${finalSlug}" already exists here. Give the import another one with --slug.`,
              );
            continue;
          }
          counts[item.type] = (counts[item.type] ?? 0) + 1;
          if (item.type === 'user') {
            await placeUser(tx, item.row, ids, createdUsers);
            continue;
          }
          if (item.type === 'workspace') {
            if (context) throw new ArchiveError('The archive holds more than one workspace.');
            const { id, ...row } = item.row;
            const workspace = await tx.workspace.create({ data: { ...row, slug: finalSlug }, select: { id: true } });
            ids.same(id, workspace.id);
            context = { ids, workspaceId: workspace.id, parents: { Tag: [], Comment: [] } };
            continue;
          }
          if (!context) throw new ArchiveError('The archive names no workspace before its contents.');
          const record = item as Extract<TArchiveRecord, { type: BatchType }>;
          const data = (WRITERS[record.type].convert as (row: unknown, c: WriteContext) => unknown)(record.row, context);
          if ((batch as { type: BatchType } | null)?.type !== record.type) await flush();
          batch ??= { type: record.type, data: [], chars: 0 };
          batch.data.push(data);
          batch.chars += weightOf(record);
          if (batch.data.length >= BATCH_ROWS || batch.chars >= BATCH_CHARS) await flush();
        }
        await flush();
        if (!context) throw new ArchiveError('The archive holds no workspace.');
        await setParents(tx, context);
      },
      { timeout: IMPORT_TIMEOUT_MS, maxWait: 30_000 },
    );
  } catch (error) {
    if (error instanceof ArchiveError) throw new AppError('invalid', error.message);
    throw error;
  }
  const { workspaceId } = context as unknown as WriteContext;
  return { workspaceId, slug: finalSlug, counts, createdUsers, ids: ids.map };
}
