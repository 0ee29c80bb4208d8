import 'server-only';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, type TRecordType } from '@/lib/archive/format';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { workspaceRecords } from './workspace-records';

/** Long enough for a large workspace; the export reads one consistent snapshot throughout. */
const EXPORT_TIMEOUT_MS = 6 * 60 * 60 * 1000;

export type ArchiveSummary = { slug: string; counts: Partial<Record<TRecordType, number>> };

/**
 * Writes everything of the workspace `slug` to `file` (lib/archive/format.ts): read in one
 * repeatable-read transaction, page by page, gzip'd as it goes; written to a temporary file that
 * replaces `file` only once complete.
 */
export async function exportWorkspaceArchive({ slug, file }: { slug: string; file: string }): Promise<ArchiveSummary> {
  const db = getDb();
  const workspace = await db.workspace.findUnique({ where: { slug }, select: { id: true } });
  if (!workspace) throw notFound(`The workspace "${slug}"`);
  const counts: ArchiveSummary['counts'] = {};
  const partial = `${file}.partial-${process.pid}`;
  try {
    await db.$transaction(
      async (tx) => {
        async function* lines() {
          yield `${JSON.stringify({ format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, exportedAt: new Date().toISOString(), slug })}\n`;
          for await (const record of workspaceRecords(tx, workspace!.id)) {
            counts[record.type] = (counts[record.type] ?? 0) + 1;
            yield `${JSON.stringify(record)}\n`;
          }
          yield `${JSON.stringify({ type: 'end', counts })}\n`;
        }
        await pipeline(Readable.from(lines()), createGzip(), fs.createWriteStream(partial, { mode: 0o600 }));
      },
      { isolationLevel: 'RepeatableRead', timeout: EXPORT_TIMEOUT_MS, maxWait: 30_000 },
    );
    await fs.promises.rename(partial, file);
  } finally {
    await fs.promises.rm(partial, { force: true });
  }
  return { slug, counts };
}
