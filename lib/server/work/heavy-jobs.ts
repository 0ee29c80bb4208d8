// The heavy jobs the app runs on user input, each with its time budget and the words a person
// sees when it runs over (time or memory). They all go through the worker pool (run-heavy.ts).
import 'server-only';
import { TOO_DIFFERENT_MESSAGE } from '@/lib/diff/text-diff';
import { AppError } from '@/lib/errors';
import type { ImportedDocument, OnProgress } from '@/lib/import/types';
import type { HeavyInput, HeavyOutput } from '@/workers/tasks';
import { runHeavy } from './run-heavy';

export const BUDGETS = { file: 60_000, page: 30_000, paste: 20_000, detect: 15_000, placing: 60_000, diff: 10_000, w3c: 60_000 } as const;

/** A file a member uploaded (text, Markdown, HTML, PDF, Word), with the importer's progress. */
export const readUploadedFile = (
  file: { name: string; type: string; bytes: Uint8Array },
  { signal, onProgress }: { signal?: AbortSignal; onProgress?: OnProgress } = {},
) =>
  runHeavy('importFile', file, {
    budgetMs: BUDGETS.file,
    tooLong: 'This file took too long to read (over a minute). Split it into smaller files, or paste its text.',
    signal,
    onProgress: onProgress as ((progress: unknown) => void) | undefined,
  });

/** Text a member pasted. */
export const readPastedText = (text: string): Promise<ImportedDocument> =>
  runHeavy(
    'importPlainText',
    { text },
    { budgetMs: BUDGETS.paste, tooLong: 'This text took too long to read. Paste it in smaller parts.' },
  );

/** A page fetched from the web (URL import, re-import, source captures); null: no readable text in it. */
export const readFetchedPage = (page: { body: Uint8Array; contentType: string; url: string }): Promise<ImportedDocument | null> =>
  runHeavy('importFetched', page, {
    budgetMs: BUDGETS.page,
    tooLong: 'This page took too long to read. Save it as a file, or paste its text.',
  });

/** The ClaimReviews of a page or feed fetched by its address (the library of published fact checks). */
export const readClaimReviewPage = (page: { body: Uint8Array; contentType: string }) =>
  runHeavy('readClaimReviewPage', page, {
    budgetMs: BUDGETS.page,
    tooLong: 'This page took too long to read. Save its ClaimReview JSON-LD as a file and import that.',
  });

/** Figures and check-worthy sentences in a version's text, for suggestions; stopped if the request is aborted. */
export const detectInText = (text: string, { signal }: { signal?: AbortSignal } = {}) =>
  runHeavy(
    'detect',
    { text },
    { budgetMs: BUDGETS.detect, tooLong: 'Finding suggestions in this document took too long; mark its claims by hand.', signal },
  );

/** Every annotation of a version placed in the next one (a save, a re-import). */
export const placeAnnotations = (input: HeavyInput<'placeAnnotations'>) =>
  runHeavy('placeAnnotations', input, {
    budgetMs: BUDGETS.placing,
    tooLong:
      'Placing the annotations on the new version took too long, so it was not saved. Try a smaller change; your text is still here.',
  });

/**
 * Two texts compared word by word (versions, source captures), bounded inside as well (lib/diff):
 * a comparison that runs over its budget is shown as "too different", like one over the edit cap.
 */
export async function compareTexts(before: string, after: string): Promise<HeavyOutput<'diffTexts'>> {
  try {
    return await runHeavy('diffTexts', { before, after }, { budgetMs: BUDGETS.diff, tooLong: TOO_DIFFERENT_MESSAGE });
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'invalid') throw error;
    return { segments: [{ kind: 'too-different', text: TOO_DIFFERENT_MESSAGE }], added: 0, removed: 0, comparable: false };
  }
}

/**
 * A W3C annotation file parsed and each annotation placed in the version's text; refusals as
 * AppError('invalid'); stopped if the request is aborted.
 */
export async function planW3cImport(input: HeavyInput<'planW3cImport'>, { signal }: { signal?: AbortSignal } = {}) {
  const plan = await runHeavy('planW3cImport', input, {
    budgetMs: BUDGETS.w3c,
    tooLong: 'Placing these annotations took too long (over a minute); nothing was imported. Import them in smaller files.',
    signal,
  });
  if (!plan.ok) throw new AppError('invalid', plan.error);
  return plan;
}
