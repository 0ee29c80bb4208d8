// `tsx --conditions=react-server scripts/bench/export-seed-child.ts <out.json>`: seeds the export
// bench's claims into DATABASE_URL in a process of its own and writes what it made to <out.json>.
// bench:export seeds this way so that the process it measures starts as a server's would, without
// the hundreds of megabytes the seeding leaves in its heap and connection buffers.
import { writeFileSync } from 'node:fs';
import { closeDb } from '@/lib/db';
import { seedExportBench } from './export-seed';

const out = process.argv[2];
if (!out) throw new Error('Usage: export-seed-child.ts <out.json>');
const seeded = await seedExportBench();
writeFileSync(
  out,
  JSON.stringify({
    ana: { id: seeded.ana.id },
    workspace: { id: seeded.workspace.id, name: seeded.workspace.name, slug: seeded.workspace.slug },
    documents: seeded.documents.map((document) => ({ id: document.id })),
  }),
);
await closeDb();
