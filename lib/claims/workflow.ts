// The verification workflow as pure rules: which step a member may take on a claim, and what it
// changes. unchecked → in_progress → proposed (a verdict awaiting review) → reviewed; a reviewer
// other than the proposer accepts or sends back; an editor may reopen a reviewed claim. When a
// new version changed the words a reviewed verdict judged, someone other than the proposer
// confirms that the verdict still holds, or an editor reopens the claim.
import type { ClaimStatus, Verdict, WorkspaceRole } from '@/lib/generated/prisma/enums';
import { can } from '@/lib/permissions';

export const VERDICTS = ['verified', 'false', 'misleading', 'unverifiable'] as const satisfies readonly Verdict[];
export const CLAIM_STATUSES = ['unchecked', 'in_progress', 'proposed', 'reviewed'] as const satisfies readonly ClaimStatus[];

export type ClaimSnapshot = {
  status: ClaimStatus;
  verdict: Verdict | null;
  proposedById: string | null;
  assigneeId: string | null;
  /** Evidence of any kind (web page, document, record, dataset) whose stance is “supports”. */
  supportingSources: number;
  /** A new version changed the words its verdict judged, and nobody confirmed it since. */
  wordsChanged: boolean;
};

export type Actor = { userId: string; role: WorkspaceRole };

export type ClaimStep =
  | { step: 'start' }
  | { step: 'propose'; verdict: Verdict; rationale: string; reviewerId?: string | null }
  | { step: 'accept' }
  | { step: 'send_back'; reason: string }
  | { step: 'reopen'; reason: string }
  | { step: 'confirm_words' };

export type ClaimChanges = {
  status: ClaimStatus;
  assigneeId?: string;
  requestedReviewerId?: string | null;
  sentBackToId?: string | null;
  sentBackReason?: string | null;
  sentBackAt?: Date | null;
  verdict?: Verdict | null;
  rationale?: string;
  proposedById?: string | null;
  proposedAt?: Date | null;
  reviewedById?: string | null;
  reviewedAt?: Date | null;
  /** cleared with the verdict: there is nothing left to flag */
  verdictWords?: null;
  verdictWordsVersion?: null;
  wordsChangedAt?: null;
};

export type StepOutcome = { ok: true; changes: ClaimChanges } | { ok: false; message: string };

const refuse = (message: string): StepOutcome => ({ ok: false, message });

/** A proposed verdict withdrawn: the claim is back in progress, waiting for a new one. */
export const WITHDRAWN_VERDICT = {
  status: 'in_progress',
  verdict: null,
  proposedById: null,
  proposedAt: null,
  requestedReviewerId: null,
  verdictWords: null,
  verdictWordsVersion: null,
  wordsChangedAt: null,
} as const satisfies ClaimChanges;

const STEP_FROM: Record<ClaimStep['step'], ClaimStatus> = {
  start: 'unchecked',
  propose: 'in_progress',
  accept: 'proposed',
  send_back: 'proposed',
  reopen: 'reviewed',
  confirm_words: 'reviewed',
};

const STATUS_NAMES: Record<ClaimStatus, string> = {
  unchecked: 'unchecked',
  in_progress: 'in progress',
  proposed: 'awaiting review',
  reviewed: 'reviewed',
};

/** The steps open to this member on this claim now (for the buttons a panel shows). */
export function availableSteps(claim: ClaimSnapshot, actor: Actor): ClaimStep['step'][] {
  const probes: ClaimStep[] = [
    { step: 'start' },
    { step: 'propose', verdict: 'unverifiable', rationale: '-' },
    { step: 'accept' },
    { step: 'send_back', reason: '-' },
    { step: 'reopen', reason: '-' },
    { step: 'confirm_words' },
  ];
  return probes.filter((step) => takeStep(claim, actor, step, new Date()).ok).map((step) => step.step);
}

/** What `step` changes on the claim, or why it is refused. */
export function takeStep(claim: ClaimSnapshot, actor: Actor, step: ClaimStep, now: Date): StepOutcome {
  if (claim.status !== STEP_FROM[step.step]) {
    return refuse(`This claim is ${STATUS_NAMES[claim.status]}; that step needs it to be ${STATUS_NAMES[STEP_FROM[step.step]]}.`);
  }
  switch (step.step) {
    case 'start':
      if (!can(actor.role, 'claim.verify')) return refuse('Only checkers, editors and owners check claims.');
      // whoever starts checking an unassigned claim takes it
      return { ok: true, changes: { status: 'in_progress', ...(claim.assigneeId ? {} : { assigneeId: actor.userId }) } };
    case 'propose':
      if (!can(actor.role, 'claim.verify')) return refuse('Only checkers, editors and owners propose verdicts.');
      if (!step.rationale.trim()) return refuse('Explain the verdict: a rationale is required.');
      if (step.verdict === 'verified' && claim.supportingSources < 1) {
        return refuse('A claim can only be verified with at least one piece of evidence that supports it.');
      }
      if (step.reviewerId === actor.userId) return refuse('Ask someone else to review your verdict.');
      return {
        ok: true,
        changes: {
          status: 'proposed',
          verdict: step.verdict,
          rationale: step.rationale.trim(),
          proposedById: actor.userId,
          proposedAt: now,
          requestedReviewerId: step.reviewerId ?? null,
          sentBackToId: null,
          sentBackReason: null,
          sentBackAt: null,
        },
      };
    case 'accept':
    case 'send_back':
      if (!can(actor.role, 'claim.review')) return refuse('Only checkers, editors and owners review verdicts.');
      if (claim.proposedById === actor.userId)
        return refuse('A verdict must be reviewed by someone other than the person who proposed it.');
      if (step.step === 'accept') {
        if (claim.verdict === 'verified' && claim.supportingSources < 1) {
          return refuse('This verdict is “verified” but no evidence supports the claim any more.');
        }
        return { ok: true, changes: { status: 'reviewed', reviewedById: actor.userId, reviewedAt: now } };
      }
      if (!step.reason.trim()) return refuse('Say why the verdict is sent back.');
      return {
        ok: true,
        changes: { ...WITHDRAWN_VERDICT, sentBackToId: claim.proposedById, sentBackReason: step.reason.trim(), sentBackAt: now },
      };
    case 'reopen':
      if (!can(actor.role, 'claim.assign')) return refuse('Only editors and owners reopen reviewed claims.');
      if (!step.reason.trim()) return refuse('Say why the claim is reopened.');
      return {
        ok: true,
        changes: { ...WITHDRAWN_VERDICT, reviewedById: null, reviewedAt: null },
      };
    case 'confirm_words':
      if (!claim.wordsChanged) return refuse('The words under this verdict have not changed since it was given.');
      if (!can(actor.role, 'claim.review')) return refuse('Only checkers, editors and owners confirm verdicts.');
      if (claim.proposedById === actor.userId)
        return refuse('Someone other than the person who proposed the verdict confirms that it still holds.');
      return { ok: true, changes: { status: 'reviewed' } };
  }
}
