// The big workspace bench:board reads: seeded in a fresh database, or, with BENCH_REUSE_DATABASE
// (the name of a database an earlier run kept with BENCH_KEEP_DATABASE=1), the one seeded then,
// brought up to date with the migrations (new indexes are built on its rows) and analysed again.
import pg from 'pg';
import { getDb } from '@/lib/db';
import { createUser } from '@/lib/server/users/create-user';
import { createWorkspace } from '@/lib/server/workspaces/create-workspace';
import { applyMigrations } from '../../db/migrate';
import { createFreshDatabase, databaseUrl } from '../../test/test-database';
import { measure } from '../measure';
import { type BigWorkspace, type Scale, seedBigWorkspace } from './seed';

export type BenchWorkspace = BigWorkspace & { url: string; name: string; workspaceId: string; userIds: string[]; reused: boolean };

const WORKSPACE_NAME = 'Bench desk';

async function seedFresh(adminUrl: string, scale: Scale): Promise<BenchWorkspace> {
  const database = await createFreshDatabase(adminUrl, 'bench');
  await applyMigrations(database.url);
  process.env.DATABASE_URL = database.url;
  const users = await Promise.all(
    ['Ana', 'Ben', 'Chloé', 'Dev'].map((name) =>
      createUser({ name, email: `${name.toLowerCase()}@example.test`, password: 'bench-password' }),
    ),
  );
  const workspace = await createWorkspace({ userId: users[0]!.id, name: WORKSPACE_NAME });
  await getDb().membership.createMany({
    data: users.slice(1).map((user) => ({ workspaceId: workspace.id, userId: user.id, role: 'checker' as const })),
  });
  const userIds = users.map((user) => user.id);
  const seeded = await measure(() => seedBigWorkspace(database.url, { workspaceId: workspace.id, userIds }, scale));
  const claims = Math.ceil(scale.annotations / 2);
  console.log(
    `Seeded ${scale.documents.toLocaleString('en-GB')} documents, ${scale.annotations.toLocaleString('en-GB')} annotations ` +
      `(${claims.toLocaleString('en-GB')} claims), ${scale.sources.toLocaleString('en-GB')} sources in ${(seeded.ms / 1000).toFixed(1)} s.\n`,
  );
  return { ...database, ...seeded.result, workspaceId: workspace.id, userIds, reused: false };
}

async function reuse(adminUrl: string, name: string): Promise<BenchWorkspace> {
  const url = databaseUrl(adminUrl, name);
  const applied = await applyMigrations(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // What autovacuum would do after the migrations rewrote rows: the benchmark reads a settled table.
    if (applied.length > 0) await client.query('VACUUM ANALYZE');
    const { rows: workspaces } = await client.query<{ id: string; ownerId: string }>(
      `SELECT w.id, m."userId" AS "ownerId" FROM "Workspace" w JOIN "Membership" m ON m."workspaceId" = w.id AND m.role = 'owner'
       WHERE w.name = $1`,
      [WORKSPACE_NAME],
    );
    const workspace = workspaces[0];
    if (!workspace) throw new Error(`${name} holds no bench workspace`);
    const { rows: members } = await client.query<{ userId: string }>(
      `SELECT "userId" FROM "Membership" WHERE "workspaceId" = $1 ORDER BY role = 'owner' DESC, "createdAt", "userId"`,
      [workspace.id],
    );
    const { rows: tags } = await client.query<{ id: string }>(`SELECT id FROM "Tag" WHERE "workspaceId" = $1 ORDER BY id`, [workspace.id]);
    const { rows: documents } = await client.query<{ id: string; versionId: string }>(
      `SELECT d.id, v.id AS "versionId" FROM "Document" d JOIN "DocumentVersion" v ON v."documentId" = d.id
       WHERE d."workspaceId" = $1 ORDER BY d."createdAt", d.title LIMIT 1`,
      [workspace.id],
    );
    process.env.DATABASE_URL = url;
    console.log(`Reusing ${name}${applied.length > 0 ? ` (applied ${applied.join(', ')})` : ''}.\n`);
    return {
      url,
      name,
      workspaceId: workspace.id,
      userIds: members.map((member) => member.userId),
      tagIds: tags.map((tag) => tag.id),
      documents,
      reused: true,
    };
  } finally {
    await client.end();
  }
}

export function openBenchWorkspace(adminUrl: string, scale: Scale) {
  const name = process.env.BENCH_REUSE_DATABASE;
  return name ? reuse(adminUrl, name) : seedFresh(adminUrl, scale);
}
