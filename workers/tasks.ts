// The CPU-heavy work on user input that runs in a worker thread: each task is a pure function
// of lib/ (no database, no session). A refusal the user can act on (ImportError) comes back as
// { ok: false, error }, since an error's class does not survive the trip between threads.
import type { MessagePort } from 'node:worker_threads';
import { ImportError } from '@/lib/import/types';

// Each task loads its library on first use, so that a new thread starts fast (the HTML, PDF
// and Word readers take seconds to load and most jobs need none of them).
const TASKS = {
  /** Loads every reader at once (at server start), so that the first job of each kind does not wait for it. */
  warmUp: async () => {
    await Promise.all([
      import('@/lib/import/import-file'),
      import('@/lib/import/import-fetched'),
      import('@/lib/diff/text-diff'),
      import('@/lib/detect'),
      import('@/lib/anchoring/place-all'),
      import('@/lib/export/w3c-plan'),
    ]);
    return null;
  },
  importFile: async (input: { name: string; type: string; bytes: Uint8Array }, progress?: MessagePort) =>
    (await import('@/lib/import/import-file')).importFile(input, progress ? (step) => progress.postMessage(step) : undefined),
  importFetched: async (input: { body: Uint8Array; contentType: string; url: string }) =>
    (await import('@/lib/import/import-fetched')).importFetched(input),
  importPlainText: async ({ text }: { text: string }) => (await import('@/lib/import/formats/import-plain-text')).importPlainText(text),
  diffTexts: async ({ before, after }: { before: string; after: string }) =>
    (await import('@/lib/diff/text-diff')).diffTexts(before, after),
  placeAnnotations: async (input: Parameters<typeof import('@/lib/anchoring/place-all').placeAll>[0]) =>
    (await import('@/lib/anchoring/place-all')).placeAll(input),
  planW3cImport: async (input: Parameters<typeof import('@/lib/export/w3c-plan').planW3cImport>[0]) =>
    (await import('@/lib/export/w3c-plan')).planW3cImport(input),
  readClaimReviewPage: async (input: { body: Uint8Array; contentType: string }) =>
    (await import('@/lib/matching/claim-review-page')).readClaimReviewPage(input),
  detect: async ({ text }: { text: string }) => {
    const { detectClaims, detectFigures } = await import('@/lib/detect');
    return { figures: detectFigures(text), claims: detectClaims(text) };
  },
};

export type HeavyTasks = typeof TASKS;
export type HeavyTaskName = keyof HeavyTasks;
export type HeavyInput<K extends HeavyTaskName> = Parameters<HeavyTasks[K]>[0];
export type HeavyOutput<K extends HeavyTaskName> = Awaited<ReturnType<HeavyTasks[K]>>;
export type HeavyResult<K extends HeavyTaskName> = { ok: true; value: HeavyOutput<K> } | { ok: false; error: string };
export type HeavyJob<K extends HeavyTaskName = HeavyTaskName> = { task: K; input: HeavyInput<K>; progress?: MessagePort };

export async function runTask<K extends HeavyTaskName>({ task, input, progress }: HeavyJob<K>): Promise<HeavyResult<K>> {
  const run = TASKS[task] as (input: HeavyInput<K>, progress?: MessagePort) => HeavyOutput<K> | Promise<HeavyOutput<K>>;
  try {
    return { ok: true, value: await run(input, progress) };
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, error: error.message };
    throw error;
  } finally {
    progress?.close();
  }
}
