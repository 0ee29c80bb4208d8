// What a verdict judges — the statement, the figure and the evidence — stays as it was judged.
// Unchecked or in progress: change it freely. Awaiting review: a change withdraws the proposed
// verdict and sends the claim back to in progress, and only when the change says so (the person
// was told before). Reviewed: refused; reopening the claim (a workflow step) frees it again.
import type { ClaimStatus } from '@/lib/generated/prisma/enums';
import { WITHDRAWN_VERDICT, type ClaimChanges } from './workflow';

/** A change of what a verdict judges. */
export type JudgedChange = 'statement' | 'figure' | 'evidence_added' | 'evidence_removed';

/** Whether a claim in this status takes such a change: freely, by sending the claim back, or not at all. */
export type JudgedContentLock = 'open' | 'sends_back' | 'locked';

export function canChangeJudgedContent(status: ClaimStatus): JudgedContentLock {
  if (status === 'proposed') return 'sends_back';
  if (status === 'reviewed') return 'locked';
  return 'open';
}

export const REVIEWED_LOCK_MESSAGE = 'This claim was reviewed; reopen it to change its statement, figure or evidence.';
export const CONFIRM_SEND_BACK_MESSAGE =
  'A verdict on this claim awaits review: changing its statement, figure or evidence sends it back to in progress. ' +
  'Confirm to send it back.';

/** The reason recorded (and told) when a change sends the claim back. */
export const SEND_BACK_REASONS: Record<JudgedChange, string> = {
  statement: 'statement changed',
  figure: 'figure changed',
  evidence_added: 'evidence added',
  evidence_removed: 'evidence removed',
};

export type JudgedChangeOutcome = { ok: true; sendBack: ClaimChanges | null } | { ok: false; message: string };

/**
 * Whether this change may be made to a claim in `status`, and whether it sends the claim back
 * (the changes to apply then). `confirmSendBack`: the person was told that it would.
 */
export function changeJudgedContent(status: ClaimStatus, { confirmSendBack }: { confirmSendBack: boolean }): JudgedChangeOutcome {
  switch (canChangeJudgedContent(status)) {
    case 'open':
      return { ok: true, sendBack: null };
    case 'sends_back':
      return confirmSendBack ? { ok: true, sendBack: { ...WITHDRAWN_VERDICT } } : { ok: false, message: CONFIRM_SEND_BACK_MESSAGE };
    case 'locked':
      return { ok: false, message: REVIEWED_LOCK_MESSAGE };
  }
}

const FIGURE_FIELDS = ['figureKind', 'figureValue', 'figureUnit', 'figureCurrency', 'figureQualifier', 'figureDates'] as const;

/** Which judged field an update of the claim's columns touches: its statement, its figure, or none. */
export function judgedChangeOf(data: Record<string, unknown>): JudgedChange | null {
  const touches = (field: string) => Object.hasOwn(data, field) && data[field] !== undefined;
  if (touches('statement')) return 'statement';
  if (FIGURE_FIELDS.some(touches)) return 'figure';
  return null;
}
