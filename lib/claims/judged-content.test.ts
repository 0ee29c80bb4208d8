import { describe, expect, it } from 'vitest';
import {
  canChangeJudgedContent,
  changeJudgedContent,
  CONFIRM_SEND_BACK_MESSAGE,
  judgedChangeOf,
  REVIEWED_LOCK_MESSAGE,
} from './judged-content';

describe('what a verdict judges', () => {
  it('is open before a verdict, sends back while one awaits review, and is locked once reviewed', () => {
    expect(canChangeJudgedContent('unchecked')).toBe('open');
    expect(canChangeJudgedContent('in_progress')).toBe('open');
    expect(canChangeJudgedContent('proposed')).toBe('sends_back');
    expect(canChangeJudgedContent('reviewed')).toBe('locked');
  });

  it('lets a claim without a verdict change, whether or not a send-back was confirmed', () => {
    for (const confirmSendBack of [false, true]) {
      expect(changeJudgedContent('unchecked', { confirmSendBack })).toEqual({ ok: true, sendBack: null });
      expect(changeJudgedContent('in_progress', { confirmSendBack })).toEqual({ ok: true, sendBack: null });
    }
  });

  it('changes a claim awaiting review only as a confirmed send-back that withdraws the verdict', () => {
    expect(changeJudgedContent('proposed', { confirmSendBack: false })).toEqual({ ok: false, message: CONFIRM_SEND_BACK_MESSAGE });
    expect(changeJudgedContent('proposed', { confirmSendBack: true })).toEqual({
      ok: true,
      sendBack: {
        status: 'in_progress',
        verdict: null,
        proposedById: null,
        proposedAt: null,
        // nobody is asked to review a verdict that is withdrawn
        requestedReviewerId: null,
        // nothing left to flag once the verdict is withdrawn
        verdictWords: null,
        verdictWordsVersion: null,
        wordsChangedAt: null,
      },
    });
  });

  it('refuses any change to a reviewed claim, pointing to Reopen', () => {
    for (const confirmSendBack of [false, true]) {
      expect(changeJudgedContent('reviewed', { confirmSendBack })).toEqual({ ok: false, message: REVIEWED_LOCK_MESSAGE });
    }
    expect(REVIEWED_LOCK_MESSAGE).toContain('reopen it');
  });

  it('finds the statement and every figure field in an update, and nothing else', () => {
    expect(judgedChangeOf({ statement: 'New wording' })).toBe('statement');
    expect(judgedChangeOf({ figureValue: 17000 })).toBe('figure');
    expect(judgedChangeOf({ figureUnit: 'crates' })).toBe('figure');
    expect(judgedChangeOf({ figureCurrency: null })).toBe('figure');
    expect(judgedChangeOf({ figureDates: [] })).toBe('figure');
    expect(judgedChangeOf({ figureKind: 'money', figureQualifier: 'about' })).toBe('figure');
    expect(judgedChangeOf({ assigneeId: 'ana' })).toBeNull();
    expect(judgedChangeOf({ status: 'reviewed', verdict: 'verified', rationale: 'x' })).toBeNull();
    expect(judgedChangeOf({ statement: undefined })).toBeNull();
  });
});
