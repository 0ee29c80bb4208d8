import 'server-only';
import pino, { type Logger } from 'pino';
import { currentRequestId } from './request-context';

// The server's structured log: one JSON object a line on standard output, with the request id of
// the request it was written for (`requestId`), so that every line a request caused can be found.
// MARGIN_LOG_LEVEL chooses how much: fatal, error, warn, info (default), debug, trace or silent.

const LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

function level(): string {
  const wanted = (process.env.MARGIN_LOG_LEVEL ?? '').trim().toLowerCase();
  return LEVELS.has(wanted) ? wanted : 'info';
}

function createLogger(): Logger {
  const created = pino(
    {
      level: level(),
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin() {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    // Through process.stdout (synchronous for files and pipes on Linux), so that the last lines
    // before an exit are written and tests can read them.
    { write: (line: string) => void process.stdout.write(line) },
  );
  const wanted = process.env.MARGIN_LOG_LEVEL;
  if (wanted && !LEVELS.has(wanted.trim().toLowerCase())) created.warn(`MARGIN_LOG_LEVEL="${wanted}" is not a level: using info.`);
  return created;
}

// One logger per process, whichever bundle asks.
const SLOT = Symbol.for('margin.logger');
const slots = globalThis as typeof globalThis & { [SLOT]?: Logger };

export function getLogger(): Logger {
  return (slots[SLOT] ??= createLogger());
}

/** A logger for one part of the server: its lines carry `component`. */
export const logger = (component: string): Logger => getLogger().child({ component });

/** The `{ error, info }` shape the job runners take (they also run in `npm run worker`). */
export function jobLog(component: string) {
  const log = logger(component);
  return {
    error: (message: string, error?: unknown) => log.error(error === undefined ? {} : { err: error }, message),
    info: (message: string) => log.info(message),
  };
}
