import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { getClaim } from '@/lib/server/claims/get-claim';
import { takeClaimStep } from '@/lib/server/claims/take-claim-step';
import { listMyWork } from '@/lib/server/my-work/list-my-work';
import { activityOf, desk } from './support/claim-desk';
import { addMember, makeUser } from './support/factories';

const reviewRequests = (claimId: string) =>
  getDb()
    .notification.findMany({ where: { claimId, kind: 'review_request' }, select: { userId: true } })
    .then((notes) => notes.map((note) => note.userId).sort());

const ids = (section: { rows: { id: string }[] }) => section.rows.map((row) => row.id);

describe('my work', () => {
  it('gives an unassigned claim to whoever starts checking it, in its history', async () => {
    const { workspace, checker, reviewer, claimId, step } = await desk();
    await step(checker, 1, { step: 'start' });
    expect((await getClaim({ workspaceId: workspace.id, userId: reviewer.id, claimId })).assigneeId).toBe(checker.id);
    expect((await activityOf(claimId)).at(-1)).toMatchObject({
      action: 'claim.start',
      before: { status: 'unchecked', assigneeId: null },
      after: { status: 'in_progress', assigneeId: checker.id },
    });
  });

  it('leaves an assigned claim with its assignee when someone else starts it', async () => {
    const { workspace, checker, reviewer, claimId, step } = await desk();
    await getDb().claim.update({ where: { id: claimId }, data: { assigneeId: reviewer.id } });
    await step(checker, 1, { step: 'start' });
    expect((await getClaim({ workspaceId: workspace.id, userId: reviewer.id, claimId })).assigneeId).toBe(reviewer.id);
  });

  it('asks only the chosen reviewer, and every reviewer but the proposer when nobody is chosen', async () => {
    const chosen = await desk();
    await chosen.step(chosen.checker, 1, { step: 'start' });
    await chosen.step(chosen.checker, 2, { step: 'propose', verdict: 'false', rationale: 'No record.', reviewerId: chosen.reviewer.id });
    expect(await reviewRequests(chosen.claimId)).toEqual([chosen.reviewer.id]);
    const claim = await getClaim({ workspaceId: chosen.workspace.id, userId: chosen.checker.id, claimId: chosen.claimId });
    expect(claim.requestedReviewer?.id).toBe(chosen.reviewer.id);

    const open = await desk();
    await open.step(open.checker, 1, { step: 'start' });
    await open.step(open.checker, 2, { step: 'propose', verdict: 'false', rationale: 'No record.', reviewerId: null });
    expect(await reviewRequests(open.claimId)).toEqual([open.owner.id, open.reviewer.id].sort());
  });

  it('refuses a reviewer who may not review or is not a member', async () => {
    const { checker, viewer, claimId, step } = await desk();
    const stranger = await makeUser();
    await step(checker, 1, { step: 'start' });
    const propose = (reviewerId: string) => step(checker, 2, { step: 'propose', verdict: 'false', rationale: 'x', reviewerId });
    await expect(propose(viewer.id)).rejects.toThrow('Only checkers, editors and owners review verdicts');
    await expect(propose(stranger.id)).rejects.toThrow('Only a member of this workspace can be asked to review.');
    await expect(propose(checker.id)).rejects.toThrow('Ask someone else to review your verdict.');
    expect(await reviewRequests(claimId)).toEqual([]);
  });

  it('lists what is assigned, what waits for review and what was sent back, per member', async () => {
    const { workspace, owner, checker, reviewer, viewer, claimId, step } = await desk();
    const mine = (user: { id: string }, role: 'owner' | 'checker' | 'viewer' = 'checker') =>
      listMyWork({ userId: user.id, workspaceId: workspace.id, role });
    await step(checker, 1, { step: 'start' });
    expect(ids((await mine(checker)).assigned)).toEqual([claimId]);

    await step(checker, 2, { step: 'propose', verdict: 'false', rationale: 'No record.', reviewerId: reviewer.id });
    expect((await mine(checker)).assigned.total).toBe(0);
    expect(ids((await mine(reviewer)).reviews)).toEqual([claimId]);
    // asked of Ben: not the owner's to review, and never the proposer's
    expect((await mine(owner, 'owner')).reviews.total).toBe(0);
    expect((await mine(checker)).reviews.total).toBe(0);
    expect((await mine(viewer, 'viewer')).reviews.total).toBe(0);

    await step(reviewer, 3, { step: 'send_back', reason: 'The figure is from 2022.' });
    const sentBack = (await mine(checker)).sentBack;
    expect(sentBack.rows).toMatchObject([{ id: claimId, sentBackReason: 'The figure is from 2022.' }]);
    expect((await mine(reviewer)).reviews.total).toBe(0);
    // proposed again, with nobody chosen: every reviewer but the proposer; no longer "sent back"
    await step(checker, 4, { step: 'propose', verdict: 'false', rationale: 'Checked the 2023 figure.' });
    expect((await mine(checker)).sentBack.total).toBe(0);
    expect(ids((await mine(owner, 'owner')).reviews)).toEqual([claimId]);
    expect(ids((await mine(reviewer)).reviews)).toEqual([claimId]);
  });

  it('falls back to every reviewer when the chosen one has left', async () => {
    const { workspace, owner, checker, reviewer, claimId, step } = await desk();
    await step(checker, 1, { step: 'start' });
    await step(checker, 2, { step: 'propose', verdict: 'false', rationale: 'No record.', reviewerId: reviewer.id });
    await getDb().membership.deleteMany({ where: { workspaceId: workspace.id, userId: reviewer.id } });
    expect(ids((await listMyWork({ userId: owner.id, workspaceId: workspace.id, role: 'owner' })).reviews)).toEqual([claimId]);
  });

  it('never shows another member’s private claim, nor another workspace’s', async () => {
    const { workspace, document, checker, reviewer } = await desk();
    const version = await getDb().documentVersion.findFirstOrThrow({
      where: { documentId: document.id },
      select: { id: true, plainText: true },
    });
    const quote = 'North Korea';
    const start = version.plainText.indexOf(quote);
    const hidden = await createAnnotation({
      workspaceId: workspace.id,
      userId: reviewer.id,
      documentId: document.id,
      versionId: version.id,
      start,
      end: start + quote.length,
      kind: 'claim',
      visibility: 'private',
      tagIds: [],
    });
    const hiddenId = hidden.claim!.id;
    await takeClaimStep({
      workspaceId: workspace.id,
      userId: reviewer.id,
      role: 'checker',
      claimId: hiddenId,
      version: 1,
      step: { step: 'start' },
    });
    expect(ids((await listMyWork({ userId: reviewer.id, workspaceId: workspace.id, role: 'checker' })).assigned)).toEqual([hiddenId]);
    await getDb().claim.update({
      where: { id: hiddenId },
      data: { assigneeId: checker.id, status: 'proposed', proposedById: reviewer.id },
    });
    const checkers = await listMyWork({ userId: checker.id, workspaceId: workspace.id, role: 'checker' });
    expect([...ids(checkers.assigned), ...ids(checkers.reviews), ...ids(checkers.sentBack)]).toEqual([]);

    // Ana's claim in another desk: not in this workspace's list, and nothing for a non-member
    const other = await desk();
    await addMember(other.workspace.id, checker.id, 'checker');
    await getDb().claim.update({ where: { id: other.claimId }, data: { assigneeId: checker.id } });
    expect((await listMyWork({ userId: checker.id, workspaceId: workspace.id, role: 'checker' })).assigned.total).toBe(0);
    expect((await listMyWork({ userId: reviewer.id, workspaceId: other.workspace.id, role: 'checker' })).reviews.total).toBe(0);
    const outsider = await makeUser();
    await getDb().claim.update({ where: { id: other.claimId }, data: { assigneeId: outsider.id } });
    expect((await listMyWork({ userId: outsider.id, workspaceId: other.workspace.id, role: 'checker' })).assigned.total).toBe(0);
  });
});
