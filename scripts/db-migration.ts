// npm run db:migration -- <name> — writes a new migration with the SQL that takes a database
// built from prisma/migrations to what prisma/schema.prisma describes.
import { openAppDatabase } from './db/app-database';
import { createMigration } from './db/migrate';

const name = process.argv[2];
if (!name) {
  console.error('Usage: npm run db:migration -- <name>   (e.g. add_claim_priority)');
  process.exit(2);
}
const database = await openAppDatabase();
try {
  const dir = await createMigration(database.url, name);
  console.log(dir ? `Wrote ${dir}/migration.sql` : 'schema.prisma and the migrations agree: nothing to write.');
} finally {
  await database.stop();
}
