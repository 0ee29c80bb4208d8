// Errors the user can act on carry a code; everything else is unexpected and never shown as is.
import { Prisma } from '@/lib/generated/prisma/client';

export type ErrorCode = 'unauthorized' | 'forbidden' | 'not_found' | 'conflict' | 'invalid' | 'rate_limited';

export const HTTP_STATUS: Record<ErrorCode, number> = {
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid: 422,
  rate_limited: 429,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what = 'This item') => new AppError('not_found', `${what} was not found.`);

/** Maps known Prisma errors by code (never by message text); others stay unexpected. */
export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === 'P2002') return new AppError('conflict', 'That already exists.');
    if (error.code === 'P2025') return notFound();
  }
  return null;
}

export type ActionFailure = {
  ok: false;
  code: ErrorCode | 'internal';
  error: string;
  fieldErrors?: Record<string, string[]>;
};

export type ActionResult<T = null> = { ok: true; data: T } | ActionFailure;
