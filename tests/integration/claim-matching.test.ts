// "Have we checked this already?" (issue 22): claims of other documents that say the same thing,
// found by trigram similarity on a real PostgreSQL (pg_trgm) and kept by the matching rules: the
// numbers must agree, a negation is not a match, another workspace's claims and private
// annotations' claims never match, and claims linked as the same claim see each other.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { addEvidence } from '@/lib/server/evidence/add-evidence';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { listClaims } from '@/lib/server/claims/list-claims';
import { createDocument } from '@/lib/server/documents/create-document';
import { getClaimMemory } from '@/lib/server/matching/claim-memory';
import { importFactChecks } from '@/lib/server/matching/import-fact-checks';
import { findClaimMatches, findPublishedMatches } from '@/lib/server/matching/find-claim-matches';
import { linkSameClaim, unlinkClaim } from '@/lib/server/matching/link-claims';
import { source } from './support/claim-desk';
import { addMember, makeUser, makeWorkspace } from './support/factories';

const EARLIER = [
  'The port of Rotterdam handled 16,500 containers in a single day.',
  'The mayor has visited the port of Antwerp twice.',
  'Unemployment in Spain fell to 12.3% in 2023.',
];

async function article(workspaceId: string, userId: string, sentences: string[], visibility: 'shared' | 'private' = 'shared') {
  const document = await createDocument({
    workspaceId,
    userId,
    title: `Article ${sentences.length}`,
    blocks: sentences.map((text) => ({ type: 'paragraph' as const, text })),
    origin: 'paste',
  });
  const version = await getDb().documentVersion.findFirstOrThrow({
    where: { documentId: document.id },
    select: { id: true, plainText: true },
  });
  const claims: string[] = [];
  for (const sentence of sentences) {
    const start = version.plainText.indexOf(sentence);
    const annotation = await createAnnotation({
      workspaceId,
      userId,
      documentId: document.id,
      versionId: version.id,
      start,
      end: start + sentence.length,
      kind: 'claim',
      visibility,
      tagIds: [],
    });
    claims.push(annotation.claim!.id);
  }
  return { documentId: document.id, claims };
}

let desk: Awaited<ReturnType<typeof setUp>>;

async function setUp() {
  const [owner, checker, stranger] = await Promise.all([makeUser(), makeUser(), makeUser()]);
  const workspace = await makeWorkspace(owner!.id);
  await addMember(workspace.id, checker!.id, 'checker');
  const earlier = await article(workspace.id, owner!.id, EARLIER);
  // the first one was checked and found false
  await getDb().claim.update({
    where: { id: earlier.claims[0] },
    data: { status: 'reviewed', verdict: 'false', reviewedAt: new Date('2026-03-01') },
  });
  const other = await makeWorkspace(stranger!.id);
  return { owner: owner!, checker: checker!, stranger: stranger!, workspace, other, earlier };
}

beforeAll(async () => {
  desk = await setUp();
});

const lookup = (statement: string, userId = desk.checker.id, workspaceId = desk.workspace.id) =>
  findClaimMatches({ workspaceId, userId, statement });

describe('seen before', () => {
  it('shows the earlier claim of another document, with its verdict, for a claim marked later in other words', async () => {
    const later = await article(desk.workspace.id, desk.checker.id, ['In a single day the port of Rotterdam handled 16.5k containers.']);
    const memory = await getClaimMemory({ workspaceId: desk.workspace.id, userId: desk.checker.id, claimId: later.claims[0]! });
    expect(memory.matches.map((match) => match.id)).toEqual([desk.earlier.claims[0]]);
    expect(memory.matches[0]).toMatchObject({ status: 'reviewed', verdict: 'false', document: { id: desk.earlier.documentId } });
    expect(memory.matches[0]!.date.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(memory.matches[0]!.score).toBeGreaterThanOrEqual(0.5);
    // the panel lists claims of other documents only
    const own = await getClaimMemory({ workspaceId: desk.workspace.id, userId: desk.checker.id, claimId: desk.earlier.claims[0]! });
    expect(own.matches.map((match) => match.id)).toEqual([later.claims[0]]);
  });

  it('needs the numbers to agree: 16,500 containers is not 1,650', async () => {
    expect(await lookup('The port of Rotterdam handled 1,650 containers in a single day.')).toEqual([]);
    expect((await lookup('The port of Rotterdam handled 16 500 containers in a single day.')).map((match) => match.id)).toContain(
      desk.earlier.claims[0],
    );
    expect((await lookup('Unemployment in Spain fell to 12.3 per cent in 2023.')).map((match) => match.id)).toEqual([
      desk.earlier.claims[2],
    ]);
    expect(await lookup('Unemployment in Spain fell to 13.2% in 2023.')).toEqual([]);
  });

  it('does not take a negation, or the opposite change, for a match', async () => {
    expect((await lookup('The mayor has visited the port of Antwerp twice.')).map((match) => match.id)).toEqual([desk.earlier.claims[1]]);
    expect(await lookup('The mayor has never visited the port of Antwerp.')).toEqual([]);
    expect(await lookup('The mayor has not visited the port of Antwerp twice.')).toEqual([]);
    expect(await lookup('Unemployment in Spain rose to 12.3% in 2023.')).toEqual([]);
  });

  it('looks claims up by their statement as it now stands, whoever wrote it (matchText follows through a trigger)', async () => {
    const later = await article(desk.workspace.id, desk.checker.id, ['The ferry to Texel carried 980 cyclists on Sunday.']);
    const id = later.claims[0]!;
    expect((await lookup('On Sunday the ferry to Texel carried 980 cyclists.')).map((match) => match.id)).toEqual([id]);
    // a statement edited, and a matchText written by hand, which the trigger overwrites
    await getDb().claim.update({ where: { id }, data: { statement: 'The ferry to Vlieland carried 640 cyclists on Sunday.' } });
    await getDb().claim.update({ where: { id }, data: { matchText: 'ferry texel carried 980 cyclists sunday' } });
    expect(await getDb().claim.findUniqueOrThrow({ where: { id }, select: { matchText: true } })).toEqual({
      matchText: 'ferry vlieland carried 640 cyclists sunday.',
    });
    expect(await lookup('On Sunday the ferry to Texel carried 980 cyclists.')).toEqual([]);
    expect((await lookup('On Sunday the ferry to Vlieland carried 640 cyclists.')).map((match) => match.id)).toEqual([id]);
  });

  it('never matches another workspace’s claims, nor answers a non-member', async () => {
    const theirs = await article(desk.other.id, desk.stranger.id, ['The port of Rotterdam handled 16,500 containers in a single day.']);
    const ours = await lookup('The port of Rotterdam handled 16,500 containers in a single day.');
    expect(ours.map((match) => match.id)).not.toContain(theirs.claims[0]);
    const own = await lookup('The port of Rotterdam handled 16,500 containers in a single day.', desk.stranger.id, desk.other.id);
    expect(own.map((match) => match.id)).toEqual([theirs.claims[0]]);
    // a member of neither: nothing, whatever the workspace named
    expect(await lookup('The port of Rotterdam handled 16,500 containers in a single day.', desk.stranger.id)).toEqual([]);
    await expect(
      getClaimMemory({ workspaceId: desk.workspace.id, userId: desk.checker.id, claimId: theirs.claims[0]! }),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('never matches the claim of a private annotation, for anyone, and keeps its memory to its author', async () => {
    const secret = 'The harbour master secretly approved 4,200 night shipments.';
    const mine = await article(desk.workspace.id, desk.owner.id, [secret], 'private');
    expect(await lookup(secret, desk.checker.id)).toEqual([]);
    expect(await lookup(secret, desk.owner.id)).toEqual([]);
    await expect(
      getClaimMemory({ workspaceId: desk.workspace.id, userId: desk.checker.id, claimId: mine.claims[0]! }),
    ).rejects.toBeInstanceOf(AppError);
    // and it cannot be linked to a shared claim
    const shared = await article(desk.workspace.id, desk.owner.id, ['The harbour master approved 4,200 night shipments.']);
    const write = { workspaceId: desk.workspace.id, userId: desk.checker.id, claimId: shared.claims[0]!, version: 1 };
    await expect(linkSameClaim({ ...write, otherClaimId: mine.claims[0]! })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('links claims as the same claim: each sees the other’s verdict and evidence, until unlinked', async () => {
    const later = await article(desk.workspace.id, desk.checker.id, ['Spanish unemployment dropped to 12.3 percent in 2023.']);
    const [earlierId, laterId] = [desk.earlier.claims[2]!, later.claims[0]!];
    await addEvidence({
      workspaceId: desk.workspace.id,
      userId: desk.owner.id,
      claimId: earlierId,
      source: source('https://www.ine.es/en/prensa/epa_prensa.htm'),
      stance: 'supports',
      quote: null,
    });
    const write = { workspaceId: desk.workspace.id, userId: desk.checker.id, claimId: laterId };
    const linked = await linkSameClaim({ ...write, version: 1, otherClaimId: earlierId });
    expect(linked.version).toBe(2);
    const [a, b] = await getDb().claim.findMany({ where: { id: { in: [earlierId, laterId] } }, select: { groupId: true } });
    expect(a!.groupId).toBeTruthy();
    expect(a!.groupId).toBe(b!.groupId);

    const seenFromLater = await getClaimMemory({ workspaceId: desk.workspace.id, userId: desk.checker.id, claimId: laterId });
    expect(seenFromLater.linked.map((member) => member.id)).toEqual([earlierId]);
    expect(seenFromLater.linked[0]!.evidence.map((evidence) => evidence.source?.url)).toEqual([
      'https://www.ine.es/en/prensa/epa_prensa.htm',
    ]);
    expect(seenFromLater.matches.map((match) => match.id)).not.toContain(earlierId); // listed once, as linked
    const seenFromEarlier = await getClaimMemory({ workspaceId: desk.workspace.id, userId: desk.owner.id, claimId: earlierId });
    expect(seenFromEarlier.linked.map((member) => member.id)).toEqual([laterId]);

    // a third claim joins the group; a claim of another workspace cannot
    const third = await article(desk.workspace.id, desk.owner.id, ['In 2023 unemployment in Spain fell to 12.3%.']);
    await linkSameClaim({
      workspaceId: desk.workspace.id,
      userId: desk.owner.id,
      claimId: third.claims[0]!,
      version: 1,
      otherClaimId: laterId,
    });
    expect((await getClaimMemory({ workspaceId: desk.workspace.id, userId: desk.owner.id, claimId: earlierId })).linked).toHaveLength(2);
    // the board shows a group, or every linked claim, and can put the same claims together
    const board = { userId: desk.checker.id, workspaceId: desk.workspace.id };
    const group = (await listClaims(board, { group: a!.groupId! })).rows.map((row) => row.id);
    expect(group.sort()).toEqual([earlierId, laterId, third.claims[0]!].sort());
    expect((await listClaims(board, { group: 'linked' })).total).toBe(3);
    const together = (await listClaims(board, { sort: 'group' })).rows.map((row) => row.id);
    expect(together.slice(0, 3).sort()).toEqual(group.sort());
    // joining the group moved the linked claims' versions on
    const { version } = await getDb().claim.findUniqueOrThrow({ where: { id: laterId }, select: { version: true } });
    expect(version).toBe(3);
    const theirs = await article(desk.other.id, desk.stranger.id, ['Spanish unemployment fell to 12.3% in 2023.']);
    await expect(linkSameClaim({ ...write, version, otherClaimId: theirs.claims[0]! })).rejects.toMatchObject({ code: 'not_found' });
    await expect(linkSameClaim({ ...write, version: 1, otherClaimId: earlierId })).rejects.toMatchObject({ code: 'stale' });

    await unlinkClaim({ ...write, version });
    expect((await getClaimMemory({ workspaceId: desk.workspace.id, userId: desk.owner.id, claimId: earlierId })).linked).toHaveLength(1);
    const activity = await getDb().activity.findMany({ where: { claimId: laterId }, select: { action: true }, orderBy: { id: 'asc' } });
    expect(activity.map((entry) => entry.action)).toEqual(expect.arrayContaining(['claim.linked', 'claim.unlinked']));
  });

  it('matches published fact checks imported from ClaimReview JSON-LD, in their workspace only', async () => {
    const reviews = [
      {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: 'https://factcheck.example.org/rotterdam-containers',
        claimReviewed: 'Rotterdam’s port handled 16,500 containers in a single day.',
        datePublished: '2026-02-10',
        author: { '@type': 'Organization', name: 'Port Check' },
        reviewRating: { '@type': 'Rating', alternateName: 'Mostly false' },
      },
      {
        '@type': 'ClaimReview',
        url: 'https://factcheck.example.org/none',
        claimReviewed: 'The port handled 1,650 containers in a single day.',
      },
      { '@type': 'ClaimReview', claimReviewed: 'No address, skipped.' },
    ];
    const json = JSON.stringify(reviews);
    expect(await importFactChecks({ workspaceId: desk.workspace.id, userId: desk.checker.id, json })).toEqual({
      added: 2,
      alreadyThere: 0,
      skipped: 1,
    });
    // the same file again adds nothing
    expect(await importFactChecks({ workspaceId: desk.workspace.id, userId: desk.checker.id, json })).toEqual({
      added: 0,
      alreadyThere: 2,
      skipped: 1,
    });
    await expect(importFactChecks({ workspaceId: desk.workspace.id, userId: desk.checker.id, json: '<html>' })).rejects.toMatchObject({
      code: 'invalid',
    });

    const later = await article(desk.workspace.id, desk.checker.id, ['The port of Rotterdam handled 16.5k containers in one single day.']);
    const memory = await getClaimMemory({ workspaceId: desk.workspace.id, userId: desk.checker.id, claimId: later.claims[0]! });
    expect(memory.published).toHaveLength(1);
    expect(memory.published[0]).toMatchObject({
      kind: 'published',
      publisher: 'Port Check',
      rating: 'Mostly false',
      url: 'https://factcheck.example.org/rotterdam-containers',
      date: new Date('2026-02-10'),
    });
    // another workspace's library, and a non-member, never see it
    const statement = 'Rotterdam’s port handled 16,500 containers in a single day.';
    expect(await findPublishedMatches({ workspaceId: desk.other.id, userId: desk.stranger.id, statement })).toEqual([]);
    expect(await findPublishedMatches({ workspaceId: desk.workspace.id, userId: desk.stranger.id, statement })).toEqual([]);
  });
});
