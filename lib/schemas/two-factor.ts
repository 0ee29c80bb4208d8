import { z } from 'zod';

/** A code from the authenticator app (6 digits) or a recovery code ("k3m9p-x7q2d"). */
export const ZTwoFactorCode = z.object({
  code: z.string().trim().min(1, 'Enter the code.').max(64, 'That is not a code.'),
});

export const ZDisableTwoFactor = z.object({
  code: z.string().trim().max(64, 'That is not a code.').optional().default(''),
  password: z.string().max(200).optional().default(''),
});

export const ZRequireTwoFactor = z.object({
  /** a checkbox: "on" when ticked, absent otherwise; or a boolean from code */
  requireTwoFactor: z
    .union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('false')])
    .optional()
    .transform((value) => value === true || value === 'on' || value === 'true'),
});
