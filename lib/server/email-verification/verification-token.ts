import 'server-only';

/** A verification link works for a day: long enough for a slow inbox, short for a leaked one. */
export const VERIFICATION_TTL_MS = 24 * 60 * 60 * 1000;

export const verifyEmailPath = (token: string) => `/verify-email/${token}`;
