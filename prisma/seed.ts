// Demo content: a demo user, the "Demo desk" workspace and the fixture article. Idempotent: a
// second run finds everything in place and creates nothing. Run with `npm run db:seed` (the start
// script runs it too); it needs the react-server condition because it uses lib/server.
import fs from 'node:fs';
import path from 'node:path';
import { getDb } from '@/lib/db';
import { importPlainText } from '@/lib/import';
import { importDocument } from '@/lib/server/documents/import-document';
import { createUser } from '@/lib/server/users/create-user';
import { createWorkspace } from '@/lib/server/workspaces/create-workspace';
import { DEMO } from './demo';

export async function seedDemo(): Promise<string[]> {
  const db = getDb();
  const created: string[] = [];

  let user = await db.user.findUnique({ where: { email: DEMO.email }, select: { id: true } });
  if (!user) {
    user = await createUser({ name: DEMO.name, email: DEMO.email, password: DEMO.password });
    created.push(`user ${DEMO.email}`);
  }

  let workspace = await db.workspace.findUnique({ where: { slug: DEMO.workspaceSlug }, select: { id: true } });
  if (!workspace) {
    workspace = await createWorkspace({ userId: user.id, name: DEMO.workspaceName, slug: DEMO.workspaceSlug });
    created.push(`workspace ${DEMO.workspaceName}`);
  }

  const hasArticle = await db.document.findFirst({
    where: { workspaceId: workspace.id, versions: { some: { origin: 'seed' } } },
    select: { id: true },
  });
  if (!hasArticle) {
    const raw = fs.readFileSync(path.join(import.meta.dirname, 'seed', 'article.txt'), 'utf8');
    // The same import a user's paste goes through: reflowed paragraphs, headings, cited sources.
    await importDocument({
      workspaceId: workspace.id,
      userId: user.id,
      imported: importPlainText(raw),
      origin: 'seed',
      title: DEMO.documentTitle,
    });
    created.push(`document “${DEMO.documentTitle}”`);
  }
  return created;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const created = await seedDemo();
  console.log(created.length ? `Demo content created: ${created.join(', ')}.` : 'Demo content already in place.');
  await getDb().$disconnect();
}
