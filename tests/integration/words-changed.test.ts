// Changed under a verdict: a verdict records the words it judged; a later version that changes
// them (or orphans the claim) flags the claim on the board, in the exports and in its history,
// and tells its proposer and reviewer. A version that leaves the words as they were flags nothing.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import type { ClaimStep } from '@/lib/claims/workflow';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { listClaims } from '@/lib/server/claims/list-claims';
import { takeClaimStep } from '@/lib/server/claims/take-claim-step';
import { createDocument } from '@/lib/server/documents/create-document';
import { createVersion } from '@/lib/server/documents/create-version';
import { exportChunks } from '@/lib/server/exports/stream-export';
import { addMember, makeUser, makeWorkspace } from './support/factories';

const TEXT = [
  'North Korea has shipped over 16,500 containers of munitions to Russia since September.',
  'South Korea secured a record $14 billion deal with Poland in 2022.',
];
const FIGURE = 'over 16,500 containers of munitions';

async function reviewedFigure() {
  const [owner, checker, reviewer] = await Promise.all([makeUser(), makeUser(), makeUser()]);
  const workspace = await makeWorkspace(owner!.id);
  await addMember(workspace.id, checker!.id, 'checker');
  await addMember(workspace.id, reviewer!.id, 'checker');
  const document = await createDocument({
    workspaceId: workspace.id,
    userId: owner!.id,
    title: 'Munitions',
    blocks: TEXT.map((text) => ({ type: 'paragraph' as const, text })),
    origin: 'paste',
  });
  const version = await getDb().documentVersion.findFirstOrThrow({
    where: { documentId: document.id },
    select: { id: true, plainText: true },
  });
  const start = version.plainText.indexOf(FIGURE);
  const annotation = await createAnnotation({
    workspaceId: workspace.id,
    userId: checker!.id,
    documentId: document.id,
    versionId: version.id,
    start,
    end: start + FIGURE.length,
    kind: 'figure',
    visibility: 'shared',
    tagIds: [],
  });
  const claimId = annotation.claim!.id;
  const step = async (userId: string, step: ClaimStep, role: 'checker' | 'owner' = 'checker') => {
    const { version } = await getDb().claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } });
    return takeClaimStep({ workspaceId: workspace.id, userId, role, claimId, version, step });
  };
  await step(checker!.id, { step: 'start' });
  await step(checker!.id, { step: 'propose', verdict: 'misleading', rationale: 'The briefing says “about 16,500”.' });
  await step(reviewer!.id, { step: 'accept' });
  /** A new version from the editor: the figure's place mapped onto `words` (null: its words deleted). */
  const edit = (paragraphs: string[], words: string | null) => {
    const text = paragraphs.join('\n\n');
    const at = words === null ? -1 : text.indexOf(words);
    return createVersion({
      workspaceId: workspace.id,
      userId: owner!.id,
      documentId: document.id,
      origin: 'edit',
      blocks: paragraphs.map((text) => ({ type: 'paragraph' as const, text })),
      mappedAnchors: [{ annotationId: annotation.id, start: at < 0 ? null : at, end: at < 0 ? null : at + words!.length }],
    });
  };
  return { owner: owner!, checker: checker!, reviewer: reviewer!, workspace, document, claimId, annotationId: annotation.id, edit, step };
}

const claimOf = (claimId: string) =>
  getDb().claim.findUniqueOrThrow({
    where: { id: claimId },
    select: { verdictWords: true, verdictWordsVersion: true, wordsChangedAt: true },
  });

describe('words changed under a verdict', () => {
  it('a verdict records the words it judged', async () => {
    const { claimId } = await reviewedFigure();
    expect(await claimOf(claimId)).toEqual({ verdictWords: FIGURE, verdictWordsVersion: 1, wordsChangedAt: null });
  });

  it('a version that changes them flags the claim: history, board filter, exports, and its proposer and reviewer are told', async () => {
    const d = await reviewedFigure();
    await d.edit(['Editor’s note: corrected.', TEXT[0]!.replace('16,500', '16,800'), TEXT[1]!], 'over 16,800 containers of munitions');
    const claim = await claimOf(d.claimId);
    expect(claim.wordsChangedAt).toBeInstanceOf(Date);
    expect(claim.verdictWords).toBe(FIGURE); // what the verdict judged stays on record

    const history = await getDb().activity.findMany({ where: { claimId: d.claimId, action: 'claim.words_changed' } });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      before: { quote: FIGURE, version: 1 },
      after: { quote: 'over 16,800 containers of munitions', version: 2 },
    });

    const told = await getDb().notification.findMany({ where: { claimId: d.claimId, kind: 'words_changed' }, select: { userId: true } });
    expect(told.map((row) => row.userId).sort()).toEqual([d.checker.id, d.reviewer.id].sort());

    const scope = { userId: d.owner.id, workspaceId: d.workspace.id };
    expect((await listClaims(scope, { words: 'changed' })).rows.map((row) => row.id)).toEqual([d.claimId]);

    let csv = '';
    const context = {
      workspace: { name: 'Desk', slug: d.workspace.slug, url: 'http://margin.test' },
      document: null,
      exportedAt: new Date().toISOString(),
      exportUrl: 'http://margin.test/exports',
      filterSummary: '',
    };
    for await (const chunk of exportChunks(
      'csv',
      { ...scope, workspaceSlug: d.workspace.slug, baseUrl: 'http://margin.test' },
      {},
      context,
    ))
      csv += chunk;
    const [row] = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({ Quote: 'over 16,800 containers of munitions', 'Words judged by the verdict': FIGURE });
    expect(row!['Words changed since the verdict']).toBe(claim.wordsChangedAt!.toISOString());
  });

  it('an orphaned claim is flagged too', async () => {
    const d = await reviewedFigure();
    await d.edit(['North Korea has shipped munitions to Russia.', TEXT[1]!], null);
    expect((await claimOf(d.claimId)).wordsChangedAt).toBeInstanceOf(Date);
    const [entry] = await getDb().activity.findMany({ where: { claimId: d.claimId, action: 'claim.words_changed' } });
    expect(entry?.after).toMatchObject({ quote: null, orphaned: true });
  });

  it('a version that leaves the words as they were flags nothing', async () => {
    const d = await reviewedFigure();
    await d.edit(['Editor’s note: a paragraph was added.', ...TEXT], FIGURE);
    expect((await claimOf(d.claimId)).wordsChangedAt).toBeNull();
    expect(await getDb().notification.count({ where: { claimId: d.claimId, kind: 'words_changed' } })).toBe(0);
  });

  it('someone other than the proposer confirms the verdict still holds: recorded, flag cleared, the new words judged', async () => {
    const d = await reviewedFigure();
    await d.edit(['Editor’s note: corrected.', TEXT[0]!.replace('16,500', '16,800'), TEXT[1]!], 'over 16,800 containers of munitions');
    await expect(d.step(d.checker.id, { step: 'confirm_words' })).rejects.toMatchObject({ code: 'invalid' }); // the proposer
    await d.step(d.reviewer.id, { step: 'confirm_words' });
    expect(await claimOf(d.claimId)).toEqual({
      verdictWords: 'over 16,800 containers of munitions',
      verdictWordsVersion: 2,
      wordsChangedAt: null,
    });
    const claim = await getDb().claim.findUniqueOrThrow({ where: { id: d.claimId }, select: { status: true, verdict: true } });
    expect(claim).toEqual({ status: 'reviewed', verdict: 'misleading' });
    expect(await getDb().activity.count({ where: { claimId: d.claimId, action: 'claim.confirm_words', actorId: d.reviewer.id } })).toBe(1);
    // Nothing left to confirm.
    await expect(d.step(d.reviewer.id, { step: 'confirm_words' })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('reopening the claim clears the flag; a new verdict records the new words', async () => {
    const d = await reviewedFigure();
    await d.edit(['Editor’s note: corrected.', TEXT[0]!.replace('16,500', '16,800'), TEXT[1]!], 'over 16,800 containers of munitions');
    await d.step(d.owner.id, { step: 'reopen', reason: 'The figure was corrected.' }, 'owner');
    expect(await claimOf(d.claimId)).toEqual({ verdictWords: null, verdictWordsVersion: null, wordsChangedAt: null });
    await d.step(d.checker.id, { step: 'propose', verdict: 'misleading', rationale: 'Still rounded up.' });
    expect(await claimOf(d.claimId)).toEqual({
      verdictWords: 'over 16,800 containers of munitions',
      verdictWordsVersion: 2,
      wordsChangedAt: null,
    });
  });
});
