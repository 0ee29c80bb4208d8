import { z } from 'zod';
import { ZAssignee, ZReason } from './claims';

export const BULK_LIMIT = 200;

/** The selected rows of the claim board, each with the version the board showed. */
const ZSelectedClaims = z
  .array(z.object({ claimId: z.string().min(1).max(64), version: z.coerce.number().int().min(1) }), {
    message: 'Select some claims first.',
  })
  .min(1, 'Select some claims first.')
  .max(BULK_LIMIT, `Select at most ${BULK_LIMIT} claims at a time.`);

export const ZBulkAssign = z.object({ claims: ZSelectedClaims, assigneeId: ZAssignee });

/** Steps that make sense for many claims at once (a verdict needs its own rationale, so no "propose"). */
export const BULK_STEPS = ['start', 'accept', 'send_back', 'reopen'] as const;

export const ZBulkStep = z.discriminatedUnion(
  'step',
  [
    z.object({ claims: ZSelectedClaims, step: z.literal('start') }),
    z.object({ claims: ZSelectedClaims, step: z.literal('accept') }),
    z.object({ claims: ZSelectedClaims, step: z.literal('send_back'), reason: ZReason('Say why the verdicts are sent back.') }),
    z.object({ claims: ZSelectedClaims, step: z.literal('reopen'), reason: ZReason('Say why the claims are reopened.') }),
  ],
  { message: 'Choose start, accept, send back or reopen.' },
);

export type TBulkStep = z.output<typeof ZBulkStep>;
