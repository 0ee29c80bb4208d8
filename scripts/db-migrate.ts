// npm run db:migrate — applies pending migrations to DATABASE_URL, or to the embedded database.
import { openAppDatabase } from './db/app-database';
import { applyMigrations } from './db/migrate';

const database = await openAppDatabase();
try {
  const applied = await applyMigrations(database.url);
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'No pending migrations.');
} finally {
  await database.stop();
}
