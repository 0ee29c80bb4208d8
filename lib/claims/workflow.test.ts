import { describe, expect, it } from 'vitest';
import { availableSteps, takeStep, type Actor, type ClaimSnapshot } from './workflow';

const now = new Date('2026-11-25T12:00:00Z');
const checker: Actor = { userId: 'ana', role: 'checker' };
const reviewer: Actor = { userId: 'ben', role: 'checker' };
const editor: Actor = { userId: 'eve', role: 'editor' };
const viewer: Actor = { userId: 'vic', role: 'viewer' };
const claim = (overrides: Partial<ClaimSnapshot> = {}): ClaimSnapshot => ({
  status: 'unchecked',
  verdict: null,
  proposedById: null,
  assigneeId: null,
  supportingSources: 0,
  wordsChanged: false,
  ...overrides,
});

describe('confirming a verdict after its words changed', () => {
  const changed = claim({ status: 'reviewed', verdict: 'false', proposedById: checker.userId, wordsChanged: true });

  it('is for someone other than the proposer who may review', () => {
    expect(takeStep(changed, reviewer, { step: 'confirm_words' }, now)).toEqual({ ok: true, changes: { status: 'reviewed' } });
    expect(takeStep(changed, checker, { step: 'confirm_words' }, now).ok).toBe(false);
    expect(takeStep(changed, viewer, { step: 'confirm_words' }, now).ok).toBe(false);
    expect(availableSteps(changed, reviewer)).toContain('confirm_words');
  });

  it('is refused when the words did not change, or before review', () => {
    expect(takeStep({ ...changed, wordsChanged: false }, reviewer, { step: 'confirm_words' }, now).ok).toBe(false);
    expect(takeStep({ ...changed, status: 'proposed' }, reviewer, { step: 'confirm_words' }, now).ok).toBe(false);
  });
});

describe('the verification workflow', () => {
  it('walks a claim from unchecked to reviewed with two people', () => {
    const started = takeStep(claim(), checker, { step: 'start' }, now);
    expect(started).toEqual({ ok: true, changes: { status: 'in_progress', assigneeId: 'ana' } });
    const proposed = takeStep(
      claim({ status: 'in_progress', supportingSources: 1 }),
      checker,
      { step: 'propose', verdict: 'verified', rationale: ' Matches the State Department briefing. ' },
      now,
    );
    expect(proposed).toEqual({
      ok: true,
      changes: {
        status: 'proposed',
        verdict: 'verified',
        rationale: 'Matches the State Department briefing.',
        proposedById: 'ana',
        proposedAt: now,
        requestedReviewerId: null,
        sentBackToId: null,
        sentBackReason: null,
        sentBackAt: null,
      },
    });
    const reviewed = takeStep(
      claim({ status: 'proposed', verdict: 'verified', proposedById: 'ana', supportingSources: 1 }),
      reviewer,
      { step: 'accept' },
      now,
    );
    expect(reviewed).toEqual({ ok: true, changes: { status: 'reviewed', reviewedById: 'ben', reviewedAt: now } });
  });

  it('gives an unassigned claim to whoever starts checking it, and leaves an assigned one alone', () => {
    expect(takeStep(claim({ assigneeId: 'ben' }), checker, { step: 'start' }, now)).toEqual({
      ok: true,
      changes: { status: 'in_progress' },
    });
  });

  it('asks the chosen reviewer, never the proposer', () => {
    const inProgress = claim({ status: 'in_progress' });
    const propose = (reviewerId: string) =>
      takeStep(inProgress, checker, { step: 'propose', verdict: 'false', rationale: 'x', reviewerId }, now);
    expect(propose('ben')).toMatchObject({ ok: true, changes: { requestedReviewerId: 'ben' } });
    expect(propose('ana')).toEqual({ ok: false, message: 'Ask someone else to review your verdict.' });
  });

  it('refuses steps from the wrong status, naming the statuses', () => {
    expect(takeStep(claim(), checker, { step: 'accept' }, now)).toEqual({
      ok: false,
      message: 'This claim is unchecked; that step needs it to be awaiting review.',
    });
    expect(takeStep(claim({ status: 'reviewed' }), checker, { step: 'propose', verdict: 'false', rationale: 'x' }, now).ok).toBe(false);
  });

  it('never lets the proposer review their own verdict', () => {
    const proposedByAna = claim({ status: 'proposed', verdict: 'false', proposedById: 'ana' });
    expect(takeStep(proposedByAna, checker, { step: 'accept' }, now)).toEqual({
      ok: false,
      message: 'A verdict must be reviewed by someone other than the person who proposed it.',
    });
    expect(takeStep(proposedByAna, checker, { step: 'send_back', reason: 'Check the date' }, now).ok).toBe(false);
    expect(takeStep(proposedByAna, { userId: 'ana', role: 'owner' }, { step: 'accept' }, now).ok).toBe(false);
  });

  it('requires a supporting source to verify, when proposing and again when accepting', () => {
    const inProgress = claim({ status: 'in_progress' });
    expect(takeStep(inProgress, checker, { step: 'propose', verdict: 'verified', rationale: 'Seen it' }, now)).toEqual({
      ok: false,
      message: 'A claim can only be verified with at least one piece of evidence that supports it.',
    });
    expect(takeStep(inProgress, checker, { step: 'propose', verdict: 'unverifiable', rationale: 'No record exists' }, now).ok).toBe(true);
    const sourceRemoved = claim({ status: 'proposed', verdict: 'verified', proposedById: 'ana', supportingSources: 0 });
    expect(takeStep(sourceRemoved, reviewer, { step: 'accept' }, now).ok).toBe(false);
  });

  it('requires a rationale and a reason to send back', () => {
    expect(takeStep(claim({ status: 'in_progress' }), checker, { step: 'propose', verdict: 'false', rationale: '   ' }, now).ok).toBe(
      false,
    );
    const proposed = claim({ status: 'proposed', verdict: 'false', proposedById: 'ana' });
    expect(takeStep(proposed, reviewer, { step: 'send_back', reason: '' }, now).ok).toBe(false);
    expect(takeStep(proposed, reviewer, { step: 'send_back', reason: 'The figure is from 2022' }, now)).toEqual({
      ok: true,
      changes: {
        status: 'in_progress',
        verdict: null,
        proposedById: null,
        proposedAt: null,
        requestedReviewerId: null,
        sentBackToId: 'ana',
        sentBackReason: 'The figure is from 2022',
        sentBackAt: now,
        // nothing left to flag once the verdict is withdrawn
        verdictWords: null,
        verdictWordsVersion: null,
        wordsChangedAt: null,
      },
    });
  });

  it('keeps viewers out and lets only editors reopen a reviewed claim', () => {
    expect(takeStep(claim(), viewer, { step: 'start' }, now).ok).toBe(false);
    const reviewed = claim({ status: 'reviewed', verdict: 'false', proposedById: 'ana' });
    expect(takeStep(reviewed, checker, { step: 'reopen', reason: 'New evidence' }, now).ok).toBe(false);
    expect(takeStep(reviewed, editor, { step: 'reopen', reason: 'New evidence' }, now)).toMatchObject({
      ok: true,
      changes: { status: 'in_progress', verdict: null, reviewedById: null },
    });
  });

  it('lists the steps open to each member', () => {
    const proposed = claim({ status: 'proposed', verdict: 'false', proposedById: 'ana' });
    expect(availableSteps(proposed, checker)).toEqual([]);
    expect(availableSteps(proposed, reviewer)).toEqual(['accept', 'send_back']);
    expect(availableSteps(claim({ status: 'in_progress' }), checker)).toEqual(['propose']);
    expect(availableSteps(claim(), viewer)).toEqual([]);
  });
});
