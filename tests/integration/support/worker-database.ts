// Runs before each integration test file: the file uses the database of its Vitest worker, one of
// the fresh databases `npm run test:integration` made (MARGIN_TEST_DATABASE_URLS, space-separated).
// Without that list (one database), every worker uses DATABASE_URL.
const urls = process.env.MARGIN_TEST_DATABASE_URLS?.split(' ').filter(Boolean) ?? [];
const worker = Number(process.env.VITEST_POOL_ID ?? 1);
if (urls.length) process.env.DATABASE_URL = urls[(worker - 1) % urls.length];
