// The worker pool for CPU-heavy work on user input: results come back, refusals keep their
// message, and a job over its time budget is stopped with the message the person sees.
import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { runHeavy } from '@/lib/server/work/run-heavy';

const TOO_LONG = 'This took too long to read.';

describe('runHeavy', () => {
  it('runs a task in a worker thread and returns its result', async () => {
    const imported = await runHeavy(
      'importPlainText',
      { text: 'North Korea shipped 16,500 containers.\n\nA second paragraph.' },
      { budgetMs: 30_000, tooLong: TOO_LONG },
    );
    expect(imported.blocks.map((block) => block.text)).toEqual(['North Korea shipped 16,500 containers.', 'A second paragraph.']);
  });

  it('keeps an importer’s refusal and its message', async () => {
    const refused = runHeavy(
      'importFile',
      { name: 'notes.exe', type: 'application/octet-stream', bytes: new Uint8Array([1, 2, 3]) },
      { budgetMs: 30_000, tooLong: TOO_LONG },
    );
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({ code: 'invalid', message: expect.stringMatching(/\S/) });
  });

  it('stops a job that runs over its budget and says so', async () => {
    const words = (seed: number) => Array.from({ length: 20_000 }, (_, index) => `w${(index * seed) % 7919}`).join(' ');
    await expect(runHeavy('diffTexts', { before: words(31), after: words(57) }, { budgetMs: 1, tooLong: TOO_LONG })).rejects.toMatchObject({
      code: 'invalid',
      message: TOO_LONG,
    });
    // The pool still works after a job was stopped.
    const diff = await runHeavy('diffTexts', { before: 'one two', after: 'one three' }, { budgetMs: 30_000, tooLong: TOO_LONG });
    expect(diff.added).toBeGreaterThan(0);
  });

  it('stops a job whose request was aborted', async () => {
    const request = new AbortController();
    const job = runHeavy('importPlainText', { text: 'Text.' }, { budgetMs: 30_000, tooLong: TOO_LONG, signal: request.signal });
    request.abort();
    await expect(job).rejects.toMatchObject({ code: 'invalid', message: 'The request was cancelled.' });
  });
});
