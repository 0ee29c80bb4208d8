// The hostile-input benchmark's desk: one member, a short document with a claim (the light
// page reads it), documents of 100 KB of one letter and of dots, and a document whose two
// versions are 8,000 unrelated words each — all written with the server functions.
import { getDb } from '@/lib/db';
import { importPlainText } from '@/lib/import';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { createDocument } from '@/lib/server/documents/create-document';
import { createVersion } from '@/lib/server/documents/create-version';
import { importDocument } from '@/lib/server/documents/import-document';
import { createUser } from '@/lib/server/users/create-user';
import { createWorkspace } from '@/lib/server/workspaces/create-workspace';
import { randomWords } from './inputs';

export const HOSTILE_ACCOUNT = { name: 'Hostile bench', email: 'bench-hostile@example.test', password: 'bench-hostile-password' };
const TEXT = 'North Korea has shipped over 16,500 containers of munitions to Russia since 2023, the State Department said.';

const paragraphs = (text: string) => {
  const words = text.split(' ');
  const blocks: { type: 'paragraph'; text: string }[] = [];
  for (let index = 0; index < words.length; index += 100)
    blocks.push({ type: 'paragraph', text: words.slice(index, index + 100).join(' ') });
  return blocks;
};

export async function seedHostileDesk() {
  const db = getDb();
  const user = await createUser(HOSTILE_ACCOUNT);
  const workspace = await createWorkspace({ userId: user.id, name: 'Hostile bench desk' });
  const slug = (await db.workspace.findUniqueOrThrow({ where: { id: workspace.id }, select: { slug: true } })).slug;
  const base = { workspaceId: workspace.id, userId: user.id };

  const small = await createDocument({ ...base, title: 'Munitions', blocks: [{ type: 'paragraph', text: TEXT }], origin: 'paste' });
  const smallVersion = await db.documentVersion.findFirstOrThrow({ where: { documentId: small.id }, select: { id: true } });
  const annotation = await createAnnotation({
    ...base,
    documentId: small.id,
    versionId: smallVersion.id,
    start: 25,
    end: 35,
    kind: 'claim',
    visibility: 'shared',
    tagIds: [],
  });
  const claim = await db.claim.findUniqueOrThrow({ where: { annotationId: annotation.id }, select: { id: true } });

  const letters = await importDocument({
    ...base,
    imported: importPlainText('a'.repeat(100_000)),
    origin: 'paste',
    title: '100 KB of one letter',
  });
  const dots = await importDocument({ ...base, imported: importPlainText('.'.repeat(100_000)), origin: 'paste', title: '100 KB of dots' });

  const versions = await createDocument({
    ...base,
    title: 'Two unrelated versions',
    blocks: paragraphs(randomWords(8000, 1)),
    origin: 'paste',
  });
  await createVersion({
    ...base,
    documentId: versions.id,
    blocks: paragraphs(randomWords(8000, 2)),
    origin: 'edit',
    summary: 'Everything rewritten',
  });

  return {
    user: HOSTILE_ACCOUNT,
    slug,
    smallId: small.id,
    claimId: claim.id,
    lettersId: letters.id,
    dotsId: dots.id,
    versionsId: versions.id,
  };
}
