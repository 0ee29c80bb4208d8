// Another database on the test run's server, migrated like the first, for tests that move data
// between two Margin servers. Its name starts with margin_test_ so a killed run's copy is dropped.
import pg from 'pg';
import { createDbClient } from '@/lib/db';
import { applyMigrations } from '../../../scripts/db/migrate';

export async function openSecondDatabase(purpose: string) {
  const adminUrl = process.env.DATABASE_URL!;
  const name = `margin_test_${purpose}_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  const pool = new pg.Pool({ connectionString: url.toString() });
  const db = createDbClient(pool);
  return {
    url: url.toString(),
    db,
    async drop() {
      await db.$disconnect();
      await pool.end();
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
