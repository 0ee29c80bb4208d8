import { z } from 'zod';

// An address is at most 254 characters (RFC 5321's path limit): longer input is refused before
// it reaches a rate-limit key, a lookup or an email.
export const ZEmail = z
  .string()
  .trim()
  .max(254, 'Enter a valid email address.')
  .toLowerCase()
  .pipe(z.email({ message: 'Enter a valid email address.' }));

export const ZSignIn = z.object({
  email: ZEmail,
  password: z.string().min(1, 'Enter your password.').max(200),
});
export type TSignIn = z.infer<typeof ZSignIn>;

export const ZSignUp = z.object({
  name: z.string().trim().min(1, 'Enter your name.').max(100, 'Keep your name under 100 characters.'),
  email: ZEmail,
  password: z.string().min(10, 'Use at least 10 characters for your password.').max(200, 'Keep your password under 200 characters.'),
});
export type TSignUp = z.infer<typeof ZSignUp>;

export const ZUpdateProfile = z.object({ name: ZSignUp.shape.name });

export const ZChangePassword = z
  .object({
    currentPassword: z.string().max(200).optional().default(''),
    newPassword: ZSignUp.shape.password,
    confirmPassword: z.string(),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    message: 'The two new passwords differ.',
    path: ['confirmPassword'],
  });

/** "Resend" of the email verification link: the account is the signed-in one, nothing else is sent. */
export const ZResendVerification = z.object({});

/** "Forgot your password?": the address to send a reset link to. */
export const ZRequestPasswordReset = z.object({ email: ZEmail });

/** The reset link's form: the token from the link and the new password, twice. */
export const ZResetPassword = z
  .object({
    token: z.string().max(100),
    newPassword: ZSignUp.shape.password,
    confirmPassword: z.string(),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    message: 'The two new passwords differ.',
    path: ['confirmPassword'],
  });
