import 'server-only';

/**
 * A reset link works for an hour: it replaces the password, so it is kept short — long enough to
 * open an email, short for a link left in an inbox someone else reads later.
 */
export const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000;

export const resetPasswordPath = (token: string) => `/reset-password/${token}`;
