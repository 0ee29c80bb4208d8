// A workspace with something in every table an archive holds, built by the app's server functions:
// members of every role, a document with two versions, a second one archived with a cited link,
// annotations of every kind (one private, tagged in a tag tree), a claim through proposal and
// review with web, document and record evidence, a capture, an upload, a thread with a reply and
// a mention, a claim group, a dismissed suggestion, the publishing profile and the fact-check library.
import { getDb } from '@/lib/db';
import { mentionToken } from '@/lib/comments/mentions';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { assignClaim } from '@/lib/server/claims/assign-claim';
import { createComment } from '@/lib/server/comments/create-comment';
import { archiveDocument } from '@/lib/server/documents/archive-document';
import { createDocument } from '@/lib/server/documents/create-document';
import { createVersion } from '@/lib/server/documents/create-version';
import { addEvidence } from '@/lib/server/evidence/add-evidence';
import { storeEvidenceUpload } from '@/lib/server/evidence/store-evidence-upload';
import { importFactChecks } from '@/lib/server/matching/import-fact-checks';
import { linkSameClaim } from '@/lib/server/matching/link-claims';
import { checkSourceNow } from '@/lib/server/sources/check-source-now';
import { dismissSuggestion } from '@/lib/server/suggestions/dismiss-suggestion';
import { createTag } from '@/lib/server/tags/create-tag';
import { normalizeSourceUrl } from '@/lib/sources/normalize-url';
import { desk } from './claim-desk';
import { setPublishingProfile } from './publishing';

const claimVersion = async (id: string) => (await getDb().claim.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

export async function archiveDesk() {
  const d = await desk();
  const { workspace, owner, checker, reviewer, document } = d;
  const ws = { workspaceId: workspace.id };
  const first = await getDb().documentVersion.findFirstOrThrow({
    where: { documentId: document.id },
    select: { id: true, plainText: true },
  });
  const mark = (
    userId: string,
    quote: string,
    kind: 'claim' | 'figure' | 'citation' | 'note',
    extra: { visibility?: 'private'; tagIds?: string[] } = {},
  ) => {
    const start = first.plainText.indexOf(quote);
    if (start < 0) throw new Error(`not in the article: ${quote}`);
    return createAnnotation({
      ...ws,
      userId,
      documentId: document.id,
      versionId: first.id,
      start,
      end: start + quote.length,
      kind,
      visibility: extra.visibility ?? 'shared',
      tagIds: extra.tagIds ?? [],
    });
  };

  const topic = await createTag({ ...ws, userId: owner.id, name: 'Ports', color: '#d97706', parentId: null });
  const subtopic = await createTag({ ...ws, userId: owner.id, name: 'Containers', color: '#2563eb', parentId: topic.id });
  const words = first.plainText.split(/\s+/);
  const claim = await mark(checker.id, words.slice(0, 6).join(' '), 'claim', { tagIds: [subtopic.id] });
  await mark(owner.id, words.slice(8, 11).join(' '), 'citation');
  const note = await mark(reviewer.id, words.slice(12, 15).join(' '), 'note');
  await mark(checker.id, words.slice(16, 19).join(' '), 'note', { visibility: 'private' });

  // the figure's claim: assigned, evidenced three ways, proposed and accepted
  await assignClaim({ ...ws, userId: owner.id, claimId: d.claimId, version: await claimVersion(d.claimId), assigneeId: checker.id });
  const url = 'http://no-such-host.invalid/report';
  const web = await addEvidence({
    ...ws,
    userId: checker.id,
    claimId: d.claimId,
    source: normalizeSourceUrl(url),
    stance: 'supports',
    quote: '16,500 containers',
  });
  const { sourceId } = await getDb().evidence.findUniqueOrThrow({ where: { id: web.id }, select: { sourceId: true } });
  await checkSourceNow({ ...ws, sourceId: sourceId!, mode: 'capture' });
  const file = {
    name: 'harbour-letter.txt',
    type: 'text/plain',
    bytes: new TextEncoder().encode('The harbour master confirmed 16,500 containers.\n'),
  };
  const upload = await storeEvidenceUpload({ ...ws, userId: checker.id, file });
  await addEvidence({
    ...ws,
    userId: checker.id,
    claimId: d.claimId,
    kind: 'document',
    uploadId: upload.id,
    title: 'Letter',
    stance: 'context',
    quote: 'confirmed 16,500 containers',
  });
  await addEvidence({
    ...ws,
    userId: checker.id,
    claimId: d.claimId,
    kind: 'record',
    person: 'Jane Doe',
    role: 'spokesperson',
    date: '2026-11-30',
    channel: 'phone',
    notes: 'Confirmed the figure.',
    contact: '+31 10 000 0000',
    stance: 'supports',
    quote: 'We handled 16,500 containers.',
  });
  await d.step(checker, await claimVersion(d.claimId), { step: 'start' });
  await d.step(checker, await claimVersion(d.claimId), {
    step: 'propose',
    verdict: 'verified',
    rationale: 'The letter and the call agree.',
  });
  await d.step(reviewer, await claimVersion(d.claimId), { step: 'accept' });
  await linkSameClaim({
    ...ws,
    userId: checker.id,
    claimId: claim.claim!.id,
    version: await claimVersion(claim.claim!.id),
    otherClaimId: d.claimId,
  });

  const thread = await createComment({
    ...ws,
    userId: owner.id,
    annotationId: note.id,
    parentId: null,
    body: `Is this right, ${mentionToken({ id: checker.id, name: 'Ana Checker' })}?`,
  });
  await createComment({ ...ws, userId: checker.id, annotationId: note.id, parentId: thread.id, body: 'Yes, see the letter.' });

  // a second version that changes the first paragraph's end, and a second, archived document citing a link
  const paragraphs = first.plainText.split('\n\n');
  await createVersion({
    ...ws,
    userId: owner.id,
    documentId: document.id,
    baseVersionId: first.id,
    origin: 'edit',
    summary: 'Corrected the first paragraph',
    blocks: paragraphs.map((text, index) => ({ type: 'paragraph' as const, text: index === 0 ? `${text} (corrected)` : text })),
  });
  const text = 'See the port authority report for 2023.';
  const cited = await createDocument({
    ...ws,
    userId: owner.id,
    title: 'Port authority',
    origin: 'paste',
    blocks: [{ type: 'paragraph', text, links: [{ start: 4, end: 25, url: 'https://port.example.org/report' }] }],
    urls: ['https://port.example.org/report'],
  });
  await archiveDocument({ ...ws, userId: owner.id, documentId: cited.id, archived: true });
  await dismissSuggestion({ ...ws, userId: checker.id, documentId: document.id, kind: 'figure', exact: '2023' });

  await setPublishingProfile(workspace.id, owner.id);
  const reviews = [
    {
      '@type': 'ClaimReview',
      url: 'https://factcheck.example.org/ports',
      claimReviewed: 'The port handled 16,500 containers.',
      datePublished: '2026-02-10',
      reviewRating: { '@type': 'Rating', alternateName: 'True' },
    },
  ];
  await importFactChecks({ ...ws, userId: owner.id, json: JSON.stringify(reviews) });
  return d;
}
