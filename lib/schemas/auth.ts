import { z } from 'zod';

const ZEmail = z
  .string()
  .trim()
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
  password: z
    .string()
    .min(10, 'Use at least 10 characters for your password.')
    .max(200, 'Keep your password under 200 characters.'),
});
export type TSignUp = z.infer<typeof ZSignUp>;
