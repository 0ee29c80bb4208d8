// Integration tests need the fresh database that `npm run test:integration` provides.
import { assertLocalDatabase } from '../../../scripts/test/test-database';

export default function setup() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run integration tests with `npm run test:integration`.');
  if (!new URL(url).pathname.includes('margin_test_')) {
    throw new Error('Integration tests only run on a fresh margin_test_* database: use `npm run test:integration`.');
  }
  assertLocalDatabase(url);
}
