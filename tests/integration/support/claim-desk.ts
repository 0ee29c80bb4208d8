// The claims tests' desk: a workspace with a checker and a reviewer, the fixture article
// imported and one figure marked on it.
import fs from 'node:fs';
import path from 'node:path';
import { getDb } from '@/lib/db';
import { importPlainText } from '@/lib/import';
import { ZSourceUrl } from '@/lib/schemas/claims';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { takeClaimStep } from '@/lib/server/claims/take-claim-step';
import { importDocument } from '@/lib/server/documents/import-document';
import { parseInput } from '@/lib/validation';
import { addMember, makeUser, makeWorkspace } from './factories';

const article = fs.readFileSync(path.join(import.meta.dirname, '../../../prisma/seed/article.txt'), 'utf8');
export const source = (url: string) => parseInput(ZSourceUrl, url);

/** A desk with a checker and a reviewer, the fixture imported and one figure marked on it. */
export async function desk(quote = 'over 16,500 containers') {
  const [owner, checker, reviewer, viewer] = await Promise.all([
    makeUser(),
    makeUser({ name: 'Ana Checker' }),
    makeUser({ name: 'Ben Reviewer' }),
    makeUser(),
  ]);
  const workspace = await makeWorkspace(owner!.id);
  await addMember(workspace.id, checker!.id, 'checker');
  await addMember(workspace.id, reviewer!.id, 'checker');
  await addMember(workspace.id, viewer!.id, 'viewer');
  const document = await importDocument({
    workspaceId: workspace.id,
    userId: owner!.id,
    imported: importPlainText(article),
    origin: 'paste',
  });
  const version = await getDb().documentVersion.findFirstOrThrow({
    where: { documentId: document.id },
    select: { id: true, plainText: true },
  });
  const start = version.plainText.indexOf(quote);
  const annotation = await createAnnotation({
    workspaceId: workspace.id,
    userId: checker!.id,
    documentId: document.id,
    versionId: version.id,
    start,
    end: start + quote.length,
    kind: 'figure',
    visibility: 'shared',
    tagIds: [],
  });
  const claimId = annotation.claim!.id;
  const step = (who: { id: string }, version: number, step: Parameters<typeof takeClaimStep>[0]['step']) =>
    takeClaimStep({ workspaceId: workspace.id, userId: who.id, role: 'checker', claimId, version, step });
  return { owner: owner!, checker: checker!, reviewer: reviewer!, viewer: viewer!, workspace, document, claimId, step };
}

export const activityOf = (claimId: string) =>
  getDb().activity.findMany({ where: { claimId }, orderBy: { id: 'asc' }, select: { action: true, before: true, after: true } });
