// Errors the user can act on carry a code; everything else is unexpected and never shown as is.
import { Prisma } from '@/lib/generated/prisma/client';

import { ImportError } from '@/lib/import/types';
import { NUL_MESSAGE } from '@/lib/nul-character';
import { DATABASE_UNAVAILABLE } from '@/lib/ops/database-unavailable';
import { STALE_MESSAGE } from '@/lib/versioning';

/**
 * `stale`: the write was based on an older read of the object (optimistic concurrency, see
 * lib/versioning.ts) — the client shows the newer state and offers to apply the change again.
 * `conflict`: any other refusal because of what exists ("already exists", "the last owner").
 */
export type ErrorCode =
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'conflict'
  | 'stale'
  | 'too_large'
  | 'unsupported_type'
  | 'invalid'
  | 'rate_limited'
  | 'unavailable';

export const HTTP_STATUS: Record<ErrorCode, number> = {
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  stale: 409,
  too_large: 413,
  unsupported_type: 415,
  invalid: 422,
  rate_limited: 429,
  unavailable: 503,
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

/** The caller's write was based on an older version of what it changes. */
export const staleError = (message = STALE_MESSAGE) => new AppError('stale', message);

// Prisma's codes for a database it cannot reach or that went away, and the driver adapter's kinds
// (raw queries carry those under meta.driverAdapterError), and PostgreSQL's own "shutting down" /
// "starting up" codes.
const UNREACHABLE_CODES = new Set(['P1001', 'P1002', 'P1017']);
const UNREACHABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
const UNREACHABLE_PG = new Set(['57P01', '57P02', '57P03']);
const UNREACHABLE_SOCKET = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

const SERVER_BUSY = 'The server is too busy to save this right now. Try again in a few seconds.';

/** PostgreSQL's codes for text it cannot take: U+0000 in text (22021) or in JSON (22P05). */
const UNSTORABLE_TEXT_PG = new Set(['22021', '22P05']);

/** What the pg driver adapter says PostgreSQL answered, when a query failed there. */
function driverCause(error: Prisma.PrismaClientKnownRequestError) {
  return (error.meta?.driverAdapterError as { cause?: { kind?: string; originalCode?: string } } | undefined)?.cause;
}

/** The database could not be reached or went away (a restart): by codes, never by message text. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (UNREACHABLE_CODES.has(error.code)) return true;
    const cause = driverCause(error);
    if (cause?.kind && UNREACHABLE_KINDS.has(cause.kind)) return true;
    return cause?.kind === 'postgres' && UNREACHABLE_PG.has(cause.originalCode ?? '');
  }
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (UNREACHABLE_SOCKET.has(code) || UNREACHABLE_PG.has(code));
}

/** Maps known Prisma errors by code (never by message text); others stay unexpected. */
export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof ImportError) return new AppError('invalid', error.message);
  if (isDatabaseUnavailable(error)) return new AppError('unavailable', DATABASE_UNAVAILABLE);
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === 'P2002') return new AppError('conflict', 'That already exists.');
    if (error.code === 'P2025') return notFound();
    // A transaction that could not get a connection in time, or outlived its time: the server is
    // overloaded (every connection busy), not the request wrong, and the same request may pass soon.
    if (error.code === 'P2028') return new AppError('unavailable', SERVER_BUSY);
    // Input that never passed parseInput (a path's id with %00): the user's mistake, not ours.
    const cause = driverCause(error);
    if (cause?.kind === 'postgres' && UNSTORABLE_TEXT_PG.has(cause.originalCode ?? '')) {
      return new AppError('invalid', NUL_MESSAGE);
    }
  }
  return null;
}

/** What every caller sees of a failure: an action's result, a route's and the REST API's JSON body. */
export type ErrorBody = { code: ErrorCode | 'internal'; error: string; fieldErrors?: Record<string, string[]> };

const INTERNAL: ErrorBody = { code: 'internal', error: 'Something went wrong on our side. Please try again.' };

/**
 * The one mapping from a thrown error to what the caller is told, used by server actions
 * (lib/actions/define-action.ts) and by route handlers (lib/http/error-response.ts). An error
 * we did not foresee is logged and shown as `internal`, never with its own message.
 */
export function describeError(error: unknown): { status: number; body: ErrorBody } {
  const appError = toAppError(error);
  if (!appError) {
    console.error(error);
    return { status: 500, body: INTERNAL };
  }
  const body: ErrorBody = {
    code: appError.code,
    error: appError.message,
    ...(appError.fieldErrors ? { fieldErrors: appError.fieldErrors } : {}),
  };
  return { status: HTTP_STATUS[appError.code], body };
}

export type ActionFailure = { ok: false } & ErrorBody;

export type ActionResult<T = null> = { ok: true; data: T } | ActionFailure;
