// npm run workspace -- export <slug> <file>
// npm run workspace -- import <file> [--slug <new-slug>]
// Moves a workspace between Margin servers as one archive file (docs/OPERATIONS.md, "Moving a
// workspace"), through the app's own data layer. Uses DATABASE_URL, else the embedded PostgreSQL of
// `npm start` (the running one, or started for the command and stopped after it). An import
// applies pending migrations first, so a server that was never started can take one.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { runCliCommand } from './lib/cli-command';
import { applyMigrations } from './db/migrate';

const USAGE = `Usage:
  npm run workspace -- export <slug> <file>
  npm run workspace -- import <file> [--slug <new-slug>]`;

const { positionals, values } = parseArgs({ allowPositionals: true, options: { slug: { type: 'string' } } });
const [command, ...rest] = positionals;
const isExport = command === 'export' && rest.length === 2 && values.slug === undefined;
const isImport = command === 'import' && rest.length === 1;
if (!isExport && !isImport) {
  console.error(USAGE);
  process.exit(2);
}

const describeCounts = (counts: Record<string, number | undefined>) =>
  Object.entries(counts)
    .map(([type, count]) => `${type} ${count}`)
    .join(', ');

async function run() {
  if (isExport) {
    const { exportWorkspaceArchive } = await import('../lib/server/workspace-archive/export-workspace-archive');
    const [slug, file] = rest as [string, string];
    const summary = await exportWorkspaceArchive({ slug, file });
    console.log(`Exported "${slug}" to ${file} (${fs.statSync(file).size} bytes): ${describeCounts(summary.counts)}.`);
    return 0;
  }
  const { importWorkspaceArchive } = await import('../lib/server/workspace-archive/import-workspace-archive');
  const input = fs.createReadStream(rest[0]!);
  const summary = await importWorkspaceArchive({ input, slug: values.slug });
  console.log(`Imported workspace "${summary.slug}": ${describeCounts(summary.counts)}.`);
  if (summary.createdUsers.length) {
    console.log(`Accounts created without a password (they sign in through single sign-on): ${summary.createdUsers.join(', ')}`);
  }
  return 0;
}

await runCliCommand({
  run: async (databaseUrl) => {
    if (isImport) await applyMigrations(databaseUrl);
    return run();
  },
  explain: (error) => ((error as { code?: unknown }).code === 'ENOENT' ? `No such file: ${(error as { path?: string }).path}` : null),
});
