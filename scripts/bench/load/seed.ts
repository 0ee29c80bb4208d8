// The desk of the load benchmark: `clients` members of one workspace (the first its owner, the
// others checkers), `documents` copies of the demo article, `claimsPerDocument` claims already
// marked in each (spread over the members, so that everyone has claims to work on), and a
// personal access token per member. All through the app's own server functions.
import fs from 'node:fs';
import path from 'node:path';
import { getDb } from '@/lib/db';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { createApiToken } from '@/lib/server/api-tokens/create-api-token';
import { createDocument } from '@/lib/server/documents/create-document';
import { createUser } from '@/lib/server/users/create-user';
import { createWorkspace } from '@/lib/server/workspaces/create-workspace';
import { PROJECT_ROOT } from '../../db/migrations-dir';

export type LoadMember = { id: string; email: string; password: string; token: string };
export type LoadDocument = { id: string; versionId: string; plainText: string };
export type SeededClaim = { annotationId: string; claimId: string; authorIndex: number };
export type LoadDesk = {
  workspace: { id: string; slug: string };
  members: LoadMember[];
  documents: LoadDocument[];
  claims: SeededClaim[];
};

const ARTICLE = fs.readFileSync(path.join(PROJECT_ROOT, 'prisma/seed/article.txt'), 'utf8');

/** A range of 20–80 characters starting at a word, somewhere in `text` (deterministic for `seed`). */
export function pickRange(text: string, seed: number): { start: number; end: number } {
  let start = (seed * 7919) % Math.max(1, text.length - 100);
  while (start > 0 && /\S/.test(text[start - 1]!)) start -= 1;
  while (/\s/.test(text[start] ?? 'x')) start += 1;
  return { start, end: Math.min(text.length, start + 20 + (seed % 60)) };
}

export async function seedLoadDesk({ clients, documents, claimsPerDocument }: Record<string, number>): Promise<LoadDesk> {
  const db = getDb();
  const users: Omit<LoadMember, 'token'>[] = [];
  for (let index = 0; index < clients!; index += 1) {
    const email = `bench-load-${index}@example.test`;
    const password = `bench-load-password-${index}`;
    const user = await createUser({ name: `Checker ${index}`, email, password });
    users.push({ id: user.id, email, password });
  }
  const workspace = await createWorkspace({ userId: users[0]!.id, name: 'Load bench desk', slug: 'load-desk' });
  await db.membership.createMany({
    data: users.slice(1).map((user) => ({ workspaceId: workspace.id, userId: user.id, role: 'checker' as const })),
  });
  const members: LoadMember[] = [];
  for (const [index, user] of users.entries()) {
    const role = index === 0 ? 'owner' : 'checker';
    const { secret } = await createApiToken({ userId: user.id, workspace: workspace.slug, role, name: 'load bench', expiresIn: '30' });
    members.push({ ...user, token: secret });
  }

  const paragraphs = ARTICLE.split(/\n\s*\n/).filter((text) => text.trim());
  const seededDocuments: LoadDocument[] = [];
  const claims: SeededClaim[] = [];
  for (let index = 0; index < documents!; index += 1) {
    const { id } = await createDocument({
      workspaceId: workspace.id,
      userId: users[0]!.id,
      title: `Article ${index + 1}`,
      blocks: paragraphs.map((text) => ({ type: 'paragraph' as const, text: text.trim() })),
      origin: 'paste',
    });
    const version = await db.documentVersion.findFirstOrThrow({ where: { documentId: id }, select: { id: true, plainText: true } });
    seededDocuments.push({ id, versionId: version.id, plainText: version.plainText });
    for (let claim = 0; claim < claimsPerDocument!; claim += 1) {
      const authorIndex = (index * claimsPerDocument! + claim) % users.length;
      const annotation = await createAnnotation({
        workspaceId: workspace.id,
        userId: users[authorIndex]!.id,
        documentId: id,
        versionId: version.id,
        ...pickRange(version.plainText, index * 1000 + claim + 1),
        kind: claim % 4 === 3 ? 'figure' : 'claim',
        visibility: 'shared',
        tagIds: [],
      });
      claims.push({ annotationId: annotation.id, claimId: annotation.claim!.id, authorIndex });
    }
  }
  return { workspace: { id: workspace.id, slug: workspace.slug }, members, documents: seededDocuments, claims };
}
