// CPU-heavy work on user input (importers, diffs, detection) runs here, in a pool of worker
// threads (piscina), never on the thread that answers requests: each job has a time budget and
// a heap limit, is stopped when it overruns either or when its request is aborted, and the
// person is told what happened in words they can act on.
import 'server-only';
import path from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { AppError } from '@/lib/errors';
import type { HeavyInput, HeavyJob, HeavyOutput, HeavyResult, HeavyTaskName } from '@/workers/tasks';
import { logger } from '@/lib/server/ops/logger';
import { WORK_MEMORY_MB, WORK_QUEUE, WORK_THREADS } from './work-config';

const globalForPool = globalThis as unknown as { marginWorkPool?: Piscina };

function createPool(): Piscina {
  const created = new Piscina({
    filename: path.join(process.cwd(), 'workers', 'heavy-work.mjs'),
    minThreads: 1,
    maxThreads: WORK_THREADS,
    maxQueue: WORK_QUEUE,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: WORK_MEMORY_MB, maxYoungGenerationSizeMb: 64 },
  });
  // A worker's answer to a job that was stopped meanwhile arrives as an 'error' event; without a
  // listener it would end the process.
  created.on('error', (error: unknown) => logger('work-pool').warn({ err: error }, 'work pool error'));
  return created;
}

/** The process's one pool, made on first use. */
const pool = (): Piscina => (globalForPool.marginWorkPool ??= createPool());

/** The pool's load (metrics), or null before it was made. */
export function workPoolStats(): { threads: number; queued: number; utilization: number } | null {
  const current = globalForPool.marginWorkPool;
  return current ? { threads: current.threads.length, queued: current.queueSize, utilization: current.utilization } : null;
}

/** Stops the pool's threads (shutdown): jobs still running are ended. */
export async function closeWorkPool(): Promise<void> {
  const current = globalForPool.marginWorkPool;
  globalForPool.marginWorkPool = undefined;
  await current?.destroy();
}

export type HeavyOptions = {
  /** Stop after this long, with `tooLong` as the message. */
  budgetMs: number;
  /** What the person is told when the job ran over its time or memory. */
  tooLong: string;
  /** The request's signal: a job whose caller has gone is stopped. */
  signal?: AbortSignal;
  onProgress?: (progress: unknown) => void;
};

const BUSY = 'The server is busy reading other documents. Try again in a minute.';

/** Runs `task` in a worker thread; ImportError refusals and overruns become AppError('invalid'). */
export async function runHeavy<K extends HeavyTaskName>(task: K, input: HeavyInput<K>, options: HeavyOptions): Promise<HeavyOutput<K>> {
  const timeout = AbortSignal.timeout(options.budgetMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  const channel = options.onProgress ? new MessageChannel() : null;
  if (channel && options.onProgress) channel.port1.on('message', options.onProgress);
  const job: HeavyJob<K> = { task, input, ...(channel ? { progress: channel.port2 } : {}) };
  try {
    const result = (await pool().run(job, { signal, transferList: channel ? [channel.port2] : [] })) as HeavyResult<K>;
    if (!result.ok) throw new AppError('invalid', result.error);
    return result.value;
  } catch (error) {
    throw toWorkError(error, { timedOut: timeout.aborted, cancelled: Boolean(options.signal?.aborted), tooLong: options.tooLong });
  } finally {
    channel?.port1.close();
  }
}

function toWorkError(
  error: unknown,
  { timedOut, cancelled, tooLong }: { timedOut: boolean; cancelled: boolean; tooLong: string },
): unknown {
  if (error instanceof AppError) return error;
  if (timedOut) return new AppError('invalid', tooLong);
  if (cancelled) return new AppError('invalid', 'The request was cancelled.');
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return new AppError('invalid', tooLong);
  if (error instanceof Error && /queue is at limit/i.test(error.message)) return new AppError('rate_limited', BUSY);
  return error;
}

/** Starts the pool's first thread and loads the readers in it, in the background; a failure is only logged. */
export function warmUpWorkPool() {
  runHeavy('warmUp', undefined, { budgetMs: 300_000, tooLong: 'Warming up the work pool took too long.' }).catch((error: unknown) =>
    logger('work-pool').warn({ err: error }, 'work pool warm-up failed'),
  );
}
