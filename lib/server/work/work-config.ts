// Settings of the worker pool for CPU-heavy work, from the environment (README: Configuration).
import 'server-only';
import { availableParallelism } from 'node:os';

const positive = (value: string | undefined, fallback: number) => {
  const parsed = Number(value);
  return Number.isFinite(parsed) && parsed >= 1 ? Math.floor(parsed) : fallback;
};

/** Threads: all cores but one, which stays free for requests; at least one. */
export const WORK_THREADS = positive(process.env.MARGIN_WORK_THREADS, Math.max(1, availableParallelism() - 1));
/** Heap of each worker thread; a job that needs more is stopped. */
export const WORK_MEMORY_MB = positive(process.env.MARGIN_WORK_MEMORY_MB, 512);
/** Jobs waiting for a thread beyond this many are refused as "busy". */
export const WORK_QUEUE = positive(process.env.MARGIN_WORK_QUEUE, WORK_THREADS * 16);
