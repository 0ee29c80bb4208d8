import { z } from 'zod';
import { normalizeSourceUrl } from '@/lib/sources/normalize-url';
import { VERDICTS } from '@/lib/claims/workflow';

const ZId = z.string().min(1).max(64);
/** The claim version the caller read: a write against a newer one is refused (409), not merged. */
const ZVersion = z.coerce.number().int().min(1);

export const ZClaimRef = z.object({ claimId: ZId });

/**
 * The person was told that this change of what a proposed verdict judges (statement, figure,
 * evidence) sends the claim back to in progress (lib/claims/judged-content); without it such a
 * change is refused. A boolean, or "true"/"false" in a query.
 */
export const ZSendBack = z.preprocess(
  (value) => (value === 'true' ? true : value === 'false' || value === '' ? false : value),
  z.boolean({ message: 'sendBack is true or false.' }).optional(),
);
const ZClaimWrite = ZClaimRef.extend({ version: ZVersion });

export const ZUpdateClaim = ZClaimWrite.extend({
  statement: z.string().trim().min(1, 'Write the claim as it must be checked.').max(2000, 'Keep the statement under 2,000 characters.'),
  sendBack: ZSendBack,
});

/** A member's id, or empty for nobody. */
export const ZAssignee = z
  .string()
  .max(64)
  .optional()
  .transform((value) => value || null);

export const ZAssignClaim = ZClaimWrite.extend({ assigneeId: ZAssignee });

/** Link another claim of the workspace to this one as "the same claim" (issue 22). */
export const ZLinkClaim = ZClaimWrite.extend({ otherClaimId: ZId });
/** Take the claim out of its group of same claims. */
export const ZUnlinkClaim = ZClaimWrite;

export const ZReason = (message: string) => z.string().trim().min(1, message).max(2000, 'Keep it under 2,000 characters.');

export const ZClaimStep = z.discriminatedUnion('step', [
  ZClaimWrite.extend({ step: z.literal('start') }),
  ZClaimWrite.extend({
    step: z.literal('propose'),
    verdict: z.enum(VERDICTS, { message: 'Choose a verdict: verified, false, misleading or unverifiable.' }),
    rationale: ZReason('Explain the verdict: a rationale is required.'),
    /** the member asked to review it; empty or absent: every checker, editor and owner */
    reviewerId: ZAssignee,
  }),
  ZClaimWrite.extend({ step: z.literal('accept') }),
  ZClaimWrite.extend({ step: z.literal('send_back'), reason: ZReason('Say why the verdict is sent back.') }),
  ZClaimWrite.extend({ step: z.literal('reopen'), reason: ZReason('Say why the claim is reopened.') }),
  ZClaimWrite.extend({ step: z.literal('confirm_words') }),
]);

/** An http(s) address, checked and normalised as a source (one Source per page per workspace). */
export const ZSourceUrl = z
  .string()
  .trim()
  .min(1, 'Enter the source’s address.')
  .max(2000, 'That address is too long.')
  .transform((value, context) => {
    try {
      return normalizeSourceUrl(value);
    } catch (error) {
      context.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
  });

export const ZEvidenceRef = z.object({ evidenceId: ZId });
