import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { changeClaim } from '@/lib/server/claims/change-claim';
import { getClaim } from '@/lib/server/claims/get-claim';
import { takeClaimStep } from '@/lib/server/claims/take-claim-step';
import { updateClaimStatement } from '@/lib/server/claims/update-claim';
import { addEvidence } from '@/lib/server/evidence/add-evidence';
import { removeEvidence } from '@/lib/server/evidence/remove-evidence';
import { activityOf, desk, source } from './support/claim-desk';

const REVIEWED = 'This claim was reviewed; reopen it to change its statement, figure or evidence.';
const CONFIRM = 'sends it back to in progress';

/** A desk whose figure the checker proposed as verified, on one supporting source (claim version 3). */
async function proposedDesk() {
  const found = await desk();
  const { workspace, checker, claimId, step } = found;
  await step(checker, 1, { step: 'start' });
  const evidence = await addEvidence({
    workspaceId: workspace.id,
    userId: checker.id,
    claimId,
    source: source('https://www.state.gov/briefing/'),
    stance: 'supports',
    quote: 'over 16,500 containers',
  });
  await step(checker, 2, { step: 'propose', verdict: 'verified', rationale: 'Matches the State Department briefing.' });
  return { ...found, evidence };
}

/** The same desk once the reviewer accepted the verdict (claim version 4). */
async function reviewedDesk() {
  const found = await proposedDesk();
  await found.step(found.reviewer, 3, { step: 'accept' });
  return found;
}

/** Everything a refused change must leave as it was. */
async function snapshot(workspaceId: string, userId: string, claimId: string) {
  const claim = await getClaim({ workspaceId, userId, claimId });
  const db = getDb();
  return {
    claim: {
      statement: claim.statement,
      figureValue: claim.figureValue,
      status: claim.status,
      verdict: claim.verdict,
      version: claim.version,
    },
    evidence: claim.evidence.map((evidence) => evidence.id),
    activities: await db.activity.count({ where: { claimId } }),
    notifications: await db.notification.count({ where: { claimId } }),
  };
}

const sentBackNotices = (claimId: string) =>
  getDb().notification.findMany({
    where: { claimId, kind: 'review_result', message: { contains: 'back in progress' } },
    select: { userId: true, message: true },
  });

/** A figure edit: no screen offers one yet, but any claim write that changes the figure goes through changeClaim. */
const changeFigure = (write: Parameters<typeof changeClaim>[0], value: number) =>
  changeClaim(write, (claim) => ({
    data: { figureValue: value },
    activity: { action: 'claim.statement_changed', before: { figureValue: String(claim.figureValue) }, after: { figureValue: value } },
  }));

describe('a claim locked while judged', () => {
  it('sends a proposed claim back to in progress when its proposer rewords it, telling everyone concerned', async () => {
    const { workspace, owner, checker, reviewer, claimId } = await proposedDesk();
    const reword = (sendBack?: boolean) =>
      updateClaimStatement({
        workspaceId: workspace.id,
        userId: checker.id,
        claimId,
        version: 3,
        statement: 'North Korea shipped more than 16,500 containers.',
        sendBack,
      });

    // Not said to send it back: refused, nothing changes.
    const before = await snapshot(workspace.id, owner.id, claimId);
    await expect(reword()).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining(CONFIRM) });
    expect(await snapshot(workspace.id, owner.id, claimId)).toEqual(before);

    await reword(true);
    const claim = await getClaim({ workspaceId: workspace.id, userId: owner.id, claimId });
    expect(claim).toMatchObject({
      statement: 'North Korea shipped more than 16,500 containers.',
      status: 'in_progress',
      verdict: null,
      proposedById: null,
    });
    const history = await activityOf(claimId);
    expect(history.map((entry) => entry.action).slice(-3)).toEqual([
      'claim.propose',
      'claim.statement_changed',
      'claim.sent_back_by_change',
    ]);
    expect(history.at(-1)).toMatchObject({
      before: { status: 'proposed', verdict: 'verified' },
      after: { status: 'in_progress', verdict: null, reason: 'statement changed' },
    });
    const notices = await sentBackNotices(claimId);
    expect(notices.map((notice) => notice.userId).sort()).toEqual([owner.id, reviewer.id].sort());
    expect(notices[0]!.message).toBe(
      'Ana Checker changed the statement of “over 16,500 containers”: ' +
        'the proposed verdict “verified” is withdrawn and the claim is back in progress.',
    );
  });

  it('sends a proposed claim back when evidence is added or removed, telling the proposer', async () => {
    const { workspace, owner, checker, reviewer, claimId, evidence, step } = await proposedDesk();
    const add = (sendBack?: boolean) =>
      addEvidence({
        workspaceId: workspace.id,
        userId: reviewer.id,
        claimId,
        source: source('https://www.politico.eu/article/north-korea-munitions/'),
        stance: 'context',
        quote: null,
        sendBack,
      });
    const before = await snapshot(workspace.id, owner.id, claimId);
    await expect(add()).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining(CONFIRM) });
    expect(await snapshot(workspace.id, owner.id, claimId)).toEqual(before);

    await add(true);
    expect(await getClaim({ workspaceId: workspace.id, userId: owner.id, claimId })).toMatchObject({
      status: 'in_progress',
      verdict: null,
    });
    expect((await activityOf(claimId)).slice(-2)).toMatchObject([
      { action: 'evidence.added' },
      { action: 'claim.sent_back_by_change', after: { reason: 'evidence added' } },
    ]);
    expect((await sentBackNotices(claimId)).map((notice) => notice.userId)).toContain(checker.id);

    // Proposed again; the reviewer removes the only supporting source (a "verified" verdict rested on it).
    const { version } = await getClaim({ workspaceId: workspace.id, userId: owner.id, claimId });
    await step(checker, version, { step: 'propose', verdict: 'verified', rationale: 'Still the briefing.' });
    const again = await snapshot(workspace.id, owner.id, claimId);
    await expect(removeEvidence({ workspaceId: workspace.id, userId: reviewer.id, evidenceId: evidence.id })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await snapshot(workspace.id, owner.id, claimId)).toEqual(again);
    await removeEvidence({ workspaceId: workspace.id, userId: reviewer.id, evidenceId: evidence.id, sendBack: true });
    const claim = await getClaim({ workspaceId: workspace.id, userId: owner.id, claimId });
    expect(claim).toMatchObject({ status: 'in_progress', verdict: null });
    expect(claim.evidence.map((item) => item.id)).not.toContain(evidence.id);
    expect((await activityOf(claimId)).slice(-2)).toMatchObject([
      { action: 'evidence.removed' },
      { action: 'claim.sent_back_by_change', after: { reason: 'evidence removed' } },
    ]);
  });

  it('sends a proposed figure back when its value changes', async () => {
    const { workspace, owner, checker, claimId } = await proposedDesk();
    const write = { workspaceId: workspace.id, userId: checker.id, claimId, version: 3 };
    const before = await snapshot(workspace.id, owner.id, claimId);
    await expect(changeFigure(write, 17000)).rejects.toMatchObject({ code: 'conflict' });
    expect(await snapshot(workspace.id, owner.id, claimId)).toEqual(before);
    await changeFigure({ ...write, sendBack: true }, 17000);
    expect(await getClaim({ workspaceId: workspace.id, userId: owner.id, claimId })).toMatchObject({
      figureValue: 17000,
      status: 'in_progress',
      verdict: null,
    });
    expect((await activityOf(claimId)).at(-1)).toMatchObject({ action: 'claim.sent_back_by_change', after: { reason: 'figure changed' } });
  });

  it('refuses to change a reviewed claim’s statement, figure or evidence, and allows it once reopened', async () => {
    const { workspace, owner, checker, claimId, evidence } = await reviewedDesk();
    const write = { workspaceId: workspace.id, userId: checker.id, claimId, version: 4 };
    const reword = (version: number) => updateClaimStatement({ ...write, version, statement: 'Reworded after review.', sendBack: true });
    const add = () =>
      addEvidence({
        workspaceId: workspace.id,
        userId: checker.id,
        claimId,
        source: source('https://www.politico.eu/article/north-korea-munitions/'),
        stance: 'supports',
        quote: null,
        sendBack: true,
      });
    const remove = () => removeEvidence({ workspaceId: workspace.id, userId: checker.id, evidenceId: evidence.id, sendBack: true });

    const before = await snapshot(workspace.id, owner.id, claimId);
    for (const attempt of [() => reword(4), add, remove, () => changeFigure({ ...write, sendBack: true }, 17000)]) {
      await expect(attempt()).rejects.toMatchObject({ code: 'conflict', message: REVIEWED });
      expect(await snapshot(workspace.id, owner.id, claimId)).toEqual(before);
    }
    expect(await getClaim({ workspaceId: workspace.id, userId: owner.id, claimId })).toMatchObject({
      statement: 'over 16,500 containers',
      status: 'reviewed',
      verdict: 'verified',
    });

    await takeClaimStep({ ...write, userId: owner.id, role: 'owner', step: { step: 'reopen', reason: 'The wording must change.' } });
    const reopened = await getClaim({ workspaceId: workspace.id, userId: owner.id, claimId });
    expect(reopened.status).toBe('in_progress');
    await reword(reopened.version);
    await add();
    await remove();
    const { version } = await getClaim({ workspaceId: workspace.id, userId: owner.id, claimId });
    await changeFigure({ ...write, version }, 17000);
    const claim = await getClaim({ workspaceId: workspace.id, userId: owner.id, claimId });
    expect(claim).toMatchObject({ statement: 'Reworded after review.', figureValue: 17000, status: 'in_progress' });
    expect(claim.evidence.map((item) => item.source?.url)).toEqual(['https://www.politico.eu/article/north-korea-munitions/']);
    expect((await activityOf(claimId)).map((entry) => entry.action)).not.toContain('claim.sent_back_by_change');
  });
});
