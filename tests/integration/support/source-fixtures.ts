// A claim relying on a source, for the capture and link-health tests: a workspace with an owner
// and a checker assigned to the claim, and the source added as evidence with a quote.
import { getDb } from '@/lib/db';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { createDocument } from '@/lib/server/documents/create-document';
import { addEvidence } from '@/lib/server/evidence/add-evidence';
import { normalizeSourceUrl } from '@/lib/sources/normalize-url';
import { addMember, makeUser, makeWorkspace } from './factories';

/** A workspace (owner, checker) with a document and a claim assigned to the checker. */
export async function makeClaim() {
  const [owner, checker] = await Promise.all([makeUser(), makeUser()]);
  const workspace = await makeWorkspace(owner.id);
  await addMember(workspace.id, checker.id, 'checker');
  const document = await createDocument({
    workspaceId: workspace.id,
    userId: owner.id,
    title: 'Ports',
    blocks: [{ type: 'paragraph', text: 'Rotterdam handled 14.5 million containers in 2023.' }],
    origin: 'paste',
  });
  const version = await getDb().documentVersion.findFirstOrThrow({ where: { documentId: document.id }, select: { id: true } });
  const annotation = await createAnnotation({
    workspaceId: workspace.id,
    userId: owner.id,
    documentId: document.id,
    versionId: version.id,
    start: 0,
    end: 49,
    kind: 'claim',
    visibility: 'shared',
    tagIds: [],
  });
  const claimId = annotation.claim!.id;
  await getDb().claim.update({ where: { id: claimId }, data: { assigneeId: checker.id } });
  return { owner, checker, workspace, claimId, annotationId: annotation.id, documentId: document.id, versionId: version.id };
}

export async function makeClaimOnSource({ url, quote = null }: { url: string; quote?: string | null }) {
  const claim = await makeClaim();
  const { workspace, owner, claimId } = claim;
  const evidence = await addEvidence({
    workspaceId: workspace.id,
    userId: owner.id,
    claimId,
    source: normalizeSourceUrl(url),
    stance: 'supports',
    quote,
  });
  const { sourceId } = await getDb().evidence.findUniqueOrThrow({ where: { id: evidence.id }, select: { sourceId: true } });
  if (!sourceId) throw new Error('web evidence without a source');
  return { ...claim, evidenceId: evidence.id, sourceId };
}

export const sourceOf = (sourceId: string) => getDb().source.findUniqueOrThrow({ where: { id: sourceId } });

export const capturesOf = (sourceId: string) =>
  getDb().sourceCapture.findMany({ where: { sourceId }, orderBy: [{ capturedAt: 'asc' }, { id: 'asc' }] });

export const notificationsAbout = (sourceId: string) =>
  getDb().notification.findMany({
    where: { sourceId },
    orderBy: { createdAt: 'asc' },
    select: { userId: true, kind: true, claimId: true, message: true, actorId: true },
  });
