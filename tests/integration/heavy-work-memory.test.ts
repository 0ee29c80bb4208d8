// A job that needs more heap than its worker thread may use is stopped, the person is told in
// the job's own words, and the pool goes on working. This file runs with a small heap limit
// (set before the pool is made), so an ordinary import overruns it.
import { beforeAll, describe, expect, it } from 'vitest';

const TOO_LONG = 'This file took too long to read.';
let runHeavy: typeof import('@/lib/server/work/run-heavy').runHeavy;

beforeAll(async () => {
  process.env.MARGIN_WORK_MEMORY_MB = '32';
  ({ runHeavy } = await import('@/lib/server/work/run-heavy'));
});

describe('runHeavy under a heap limit', () => {
  it('stops a job over the heap limit with the job’s message, and the pool still works', async () => {
    // 19,000 paragraphs of 2,000 characters, within every import cap: reading them needs far more than 32 MB of heap.
    const sentence = (index: number) => `Paragraph ${index} says North Korea shipped ${index} containers. `.padEnd(2_000, 'x');
    const text = Array.from({ length: 19_000 }, (_, index) => sentence(index)).join('\n\n');
    await expect(runHeavy('importPlainText', { text }, { budgetMs: 120_000, tooLong: TOO_LONG })).rejects.toMatchObject({
      code: 'invalid',
      message: TOO_LONG,
    });
    const small = await runHeavy('importPlainText', { text: 'One paragraph.' }, { budgetMs: 60_000, tooLong: TOO_LONG });
    expect(small.blocks.map((block) => block.text)).toEqual(['One paragraph.']);
  });
});
