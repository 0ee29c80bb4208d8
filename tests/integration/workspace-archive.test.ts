// `npm run workspace -- export|import`: a workspace with something in every archived table is
// exported, imported into a second, fresh database, and compared there table by table and field by
// field (ids through the import's id map, timestamps equal). A damaged, cut or newer archive and a
// taken slug are refused and change nothing.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEFT_OUT_MODELS, RECORD_TYPES } from '@/lib/archive/format';
import { renameMentions } from '@/lib/comments/mentions';
import { getDb, type Db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { importWorkspaceArchive } from '@/lib/server/workspace-archive/import-workspace-archive';
import { archiveDesk } from './support/archive-desk';
import { openSecondDatabase } from './support/second-database';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'margin-archive-'));
const file = path.join(dir, 'desk.margin.gz');
let target: Awaited<ReturnType<typeof openSecondDatabase>>;

/** `npm run workspace -- …args` as a person would run it, against `databaseUrl`. */
async function workspaceCli(databaseUrl: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      path.join(ROOT, 'node_modules/.bin/tsx'),
      ['--conditions=react-server', 'scripts/workspace.ts', ...args],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl }, timeout: 120_000 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Every archived table's rows of one workspace, with every column. */
const TABLES: Record<string, (db: Db, workspaceId: string) => Promise<object[]>> = {
  workspace: (db, id) => db.workspace.findMany({ where: { id } }),
  membership: (db, workspaceId) => db.membership.findMany({ where: { workspaceId } }),
  publishingProfile: (db, workspaceId) => db.publishingProfile.findMany({ where: { workspaceId } }),
  tag: (db, workspaceId) => db.tag.findMany({ where: { workspaceId } }),
  source: (db, workspaceId) => db.source.findMany({ where: { workspaceId } }),
  sourceCapture: (db, workspaceId) => db.sourceCapture.findMany({ where: { source: { workspaceId } } }),
  evidenceUpload: (db, workspaceId) => db.evidenceUpload.findMany({ where: { workspaceId }, omit: { bytes: false } }),
  publishedFactCheck: (db, workspaceId) => db.publishedFactCheck.findMany({ where: { workspaceId } }),
  document: (db, workspaceId) => db.document.findMany({ where: { workspaceId } }),
  documentVersion: (db, workspaceId) => db.documentVersion.findMany({ where: { document: { workspaceId } } }),
  documentSource: (db, workspaceId) => db.documentSource.findMany({ where: { document: { workspaceId } } }),
  suggestionDismissal: (db, workspaceId) => db.suggestionDismissal.findMany({ where: { document: { workspaceId } } }),
  annotation: (db, workspaceId) => db.annotation.findMany({ where: { workspaceId } }),
  annotationAnchor: (db, workspaceId) => db.annotationAnchor.findMany({ where: { annotation: { workspaceId } } }),
  annotationTag: (db, workspaceId) => db.annotationTag.findMany({ where: { annotation: { workspaceId } } }),
  claim: (db, workspaceId) => db.claim.findMany({ where: { workspaceId } }),
  evidence: (db, workspaceId) => db.evidence.findMany({ where: { claim: { workspaceId } } }),
  comment: (db, workspaceId) => db.comment.findMany({ where: { annotation: { workspaceId } } }),
  commentMention: (db, workspaceId) => db.commentMention.findMany({ where: { comment: { annotation: { workspaceId } } } }),
  notification: (db, workspaceId) => db.notification.findMany({ where: { workspaceId } }),
  // the audit trail in order; its ids are each database's own sequence
  activity: (db, workspaceId) => db.activity.findMany({ where: { workspaceId }, orderBy: { id: 'asc' }, omit: { id: true } }),
};

/** A row as comparable values: dates as ISO, bytes as base64, decimals as text, each id through `rename`. */
function canonical(value: unknown, rename: (id: string) => string): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (Prisma.Decimal.isDecimal(value)) return value.toString();
  if (typeof value === 'string') return renameMentions(rename(value), rename);
  if (Array.isArray(value)) return value.map((item) => canonical(item, rename));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, canonical(item, rename)]));
  return value;
}
const sorted = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).sort();

/** Row counts of the tables an import writes, to show a refused one wrote nothing. */
const footprint = (db: Db) =>
  Promise.all([
    db.user.count(),
    db.workspace.count(),
    db.membership.count(),
    db.annotation.count(),
    db.evidenceUpload.count(),
    db.activity.count(),
  ]);

function archiveLines() {
  return gunzipSync(fs.readFileSync(file)).toString('utf8').trimEnd().split('\n');
}
const archiveOf = (lines: string[]) => Readable.from([gzipSync(`${lines.join('\n')}\n`)]);

beforeAll(async () => {
  target = await openSecondDatabase('archive_target');
}, 120_000);
afterAll(async () => {
  await target?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('workspace archive', () => {
  it('names every model of the schema: archived, or left out with a reason', () => {
    const archived = new Set<string>(RECORD_TYPES.map((type) => type[0]!.toUpperCase() + type.slice(1)));
    const unaccounted = Object.values(Prisma.ModelName).filter((model) => !archived.has(model) && !(model in LEFT_OUT_MODELS));
    expect(unaccounted).toEqual([]);
  });

  it('moves everything of a workspace to another database, field by field', { timeout: 600_000 }, async () => {
    const d = await archiveDesk();
    const exported = await workspaceCli(process.env.DATABASE_URL!, 'export', d.workspace.slug, file);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(/Exported ".*" to .* bytes\)/);

    // the owner already has an account on the target: the import finds it by email
    const ownerThere = await target.db.user.create({ data: { email: d.owner.email, name: 'Owner elsewhere' } });
    const summary = await importWorkspaceArchive({ input: fs.createReadStream(file), db: target.db });
    expect(summary.slug).toBe(d.workspace.slug);
    expect(summary.ids.get(d.owner.id)).toBe(ownerThere.id);
    expect(summary.createdUsers.sort()).toEqual([d.checker.email, d.reviewer.email, d.viewer.email].sort());

    const rename = (id: string) => summary.ids.get(id) ?? id;
    for (const [table, read] of Object.entries(TABLES)) {
      const [before, after] = await Promise.all([read(getDb(), d.workspace.id), read(target.db, summary.workspaceId)]);
      expect(before.length, `${table} rows in the test workspace`).toBeGreaterThan(0);
      const expected = before.map((row) => canonical(row, rename));
      const actual = after.map((row) => canonical(row, (id) => id));
      if (table === 'activity') expect(actual, table).toEqual(expected);
      else expect(sorted(actual), table).toEqual(sorted(expected));
    }
    // people: matched by email or created without a password, with their name and verification
    for (const person of [d.checker, d.reviewer, d.viewer]) {
      const [source, copy] = await Promise.all([
        getDb().user.findUniqueOrThrow({ where: { id: person.id }, select: { email: true, name: true, emailVerified: true, image: true } }),
        target.db.user.findUniqueOrThrow({
          where: { id: summary.ids.get(person.id)! },
          select: { email: true, name: true, emailVerified: true, image: true, passwordHash: true },
        }),
      ]);
      expect(copy).toEqual({ ...source, passwordHash: null });
    }

    // the same archive again: the slug is taken, and nothing changes
    const before = await footprint(target.db);
    const again = await workspaceCli(target.url, 'import', file);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(new RegExp(`slug "${d.workspace.slug}" already exists here`));
    expect(await footprint(target.db)).toEqual(before);
    // under another slug it is a second copy
    const copy = await workspaceCli(target.url, 'import', file, '--slug', `${d.workspace.slug}-copy`);
    expect(copy.code, copy.stderr).toBe(0);
    expect(await target.db.workspace.count({ where: { slug: `${d.workspace.slug}-copy` } })).toBe(1);
  });

  it('refuses a newer, cut, tampered or damaged archive and changes nothing', { timeout: 120_000 }, async () => {
    const lines = archiveLines();
    const header = JSON.parse(lines[0]!);
    const refuse = async (changed: string[], message: RegExp) => {
      const before = await footprint(target.db);
      await expect(importWorkspaceArchive({ input: archiveOf(changed), slug: 'refused-import', db: target.db })).rejects.toMatchObject({
        code: 'invalid',
        message: expect.stringMatching(message),
      });
      expect(await footprint(target.db)).toEqual(before);
    };
    const replaceRecord = (type: string, change: (row: Record<string, unknown>) => void) => {
      const index = lines.findIndex((line) => JSON.parse(line).type === type);
      const record = JSON.parse(lines[index]!);
      change(record.row);
      return lines.with(index, JSON.stringify(record));
    };

    await refuse(lines.with(0, JSON.stringify({ ...header, version: 2 })), /archive is version 2; this Margin reads version 1/);
    await refuse(lines.with(0, JSON.stringify({ ...header, format: 'zip' })), /not a Margin workspace archive/);
    const badSlug = importWorkspaceArchive({
      input: archiveOf(lines.with(0, JSON.stringify({ ...header, slug: '../admin' }))),
      db: target.db,
    });
    await expect(badSlug).rejects.toMatchObject({ code: 'invalid', message: expect.stringMatching(/"..\/admin" is not a workspace slug/) });
    await refuse(lines.slice(0, -1), /cut short/);
    await refuse(lines.toSpliced(-2, 1), /end record does not match/);
    await refuse(
      replaceRecord('annotationAnchor', (row) => (row.versionId = 'nope')),
      /refers to nope/,
    );
    await refuse(
      replaceRecord('claim', (row) => (row.status = 'approved')),
      /malformed \(row\.status/,
    );
    await refuse(
      replaceRecord('evidenceUpload', (row) => (row.bytes = Buffer.from('something else').toString('base64'))),
      /evidence file .* is damaged/,
    );
    const afterWorkspace = lines.findIndex((line) => JSON.parse(line).type === 'workspace') + 1;
    const activity = lines.find((line) => JSON.parse(line).type === 'activity')!;
    await refuse(lines.toSpliced(afterWorkspace, 0, activity), /a membership record is out of order/);
    const notGzip = importWorkspaceArchive({
      input: Readable.from([Buffer.from('{"format":"margin-workspace-archive"}\n')]),
      db: target.db,
    });
    await expect(notGzip).rejects.toMatchObject({ message: expect.stringMatching(/not a gzip file/) });
  });
});
