import fs from 'node:fs';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { diffSchemaAgainstMigrations } from '../../scripts/db/migrate';
import { MIGRATIONS_DIR } from '../../scripts/db/migrations-dir';

const databaseUrl = () => process.env.DATABASE_URL!;

describe('migrations', () => {
  it('agree with schema.prisma (run `npm run db:migration -- <name>` when this fails)', async () => {
    const { isEmpty, sql } = await diffSchemaAgainstMigrations(databaseUrl());
    expect(sql.includes('CREATE') || sql.includes('ALTER') || sql.includes('DROP') ? sql : '').toBe('');
    expect(isEmpty).toBe(true);
  });

  it('are recorded in the standard _prisma_migrations table', async () => {
    const folders = fs
      .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const client = new pg.Client({ connectionString: databaseUrl() });
    await client.connect();
    try {
      const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
        'SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name',
      );
      expect(rows.map((row) => row.migration_name)).toEqual(folders);
      for (const row of rows) {
        expect(row.finished_at).not.toBeNull();
        expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      }
    } finally {
      await client.end();
    }
  });
});
