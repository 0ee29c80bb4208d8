// npm run bench:import — how long importing big inputs takes and how much memory it needs:
// a 300-page PDF, a long Word file, a long web page and a long pasted text, each parsed, then
// stored in a fresh database and opened the way the document page loads it.
import { importFile } from '@/lib/import';
import { getDocumentOrThrow } from '@/lib/server/documents/get-document';
import { importDocument } from '@/lib/server/documents/import-document';
import { getDb } from '@/lib/db';
import { createUser } from '@/lib/server/users/create-user';
import { createWorkspace } from '@/lib/server/workspaces/create-workspace';
import { applyMigrations } from '../db/migrate';
import { makeDocx, makeLongArticle, makePdf, wrap } from '../fixtures/make-documents';
import { createFreshDatabase, dropDatabase, openTestServer } from '../test/test-database';
import { measure, printTable } from './measure';

const PDF_PAGES = Number(process.env.BENCH_PDF_PAGES ?? 300);
const LINES_PER_PAGE = 46;

async function inputs() {
  // About eight lines per paragraph (seven of text, one blank): enough paragraphs for PDF_PAGES pages.
  const article = makeLongArticle(Math.ceil((PDF_PAGES * LINES_PER_PAGE) / 8));
  const text = article.map((block) => (block.type === 'heading' ? block.text : wrap(block.text).join('\n'))).join('\n\n');
  const html = `<html><body><article>${article.map((block) => (block.type === 'heading' ? `<h2>${block.text}</h2>` : `<p>${block.text}</p>`)).join('')}</article></body></html>`;
  const encoder = new TextEncoder();
  return [
    { name: 'report.pdf', type: 'application/pdf', bytes: await makePdf(article, { linesPerPage: LINES_PER_PAGE }) },
    { name: 'report.docx', type: '', bytes: await makeDocx(article) },
    { name: 'report.html', type: 'text/html', bytes: encoder.encode(html) },
    { name: 'report.txt', type: 'text/plain', bytes: encoder.encode(text) },
  ];
}

const server = await openTestServer();
const database = await createFreshDatabase(server.adminUrl, 'bench');
try {
  await applyMigrations(database.url);
  process.env.DATABASE_URL = database.url;
  const user = await createUser({ name: 'Bench', email: 'bench@example.test', password: 'bench-password' });
  const workspace = await createWorkspace({ userId: user.id, name: 'Bench desk' });

  const rows = [];
  for (const file of await inputs()) {
    let pages = 0;
    const parsed = await measure(() => importFile(file, (progress) => (pages = progress.total)));
    const stored = await measure(() =>
      importDocument({ workspaceId: workspace.id, userId: user.id, imported: parsed.result, origin: 'file' }),
    );
    const opened = await measure(() => getDocumentOrThrow({ userId: user.id, workspaceId: workspace.id, documentId: stored.result.id }));
    rows.push({
      input: file.name,
      size: `${(file.bytes.length / 1024 / 1024).toFixed(1)} MB`,
      pages: pages || '-',
      blocks: parsed.result.blocks.length,
      characters: opened.result.version.plainText.length,
      'parse ms': Math.round(parsed.ms),
      'store ms': Math.round(stored.ms),
      'open ms': Math.round(opened.ms),
      'peak RSS MB': Math.round(Math.max(parsed.peakRssMb, stored.peakRssMb)),
      'RSS growth MB': Math.round(parsed.peakRssMb - parsed.rssBeforeMb),
    });
  }
  printTable(rows);
} finally {
  await getDb().$disconnect();
  await dropDatabase(server.adminUrl, database.name);
  await server.stop();
}
