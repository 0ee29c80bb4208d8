// Hostile input is normal input: every pattern-heavy function runs on 100 KB made to hurt it
// (a line of dots, one repeated letter, 20,000 short lines, deep nesting, runs of spaces…) and
// must answer well within a generous budget. Before these functions were made linear, several
// of these took from seconds to minutes.
import { beforeAll, describe, expect, it } from 'vitest';
import { anchor, anchorAll, describe as describeRange } from '@/lib/anchoring';
import { detectClaims, detectFigures, splitSentences } from '@/lib/detect';
import { findQuotations } from '@/lib/detect/claim-cues';
import { diffTexts } from '@/lib/diff/text-diff';
import { parseW3cAnnotations } from '@/lib/export/w3c';
import { importHtml, ImportError, parsePlainText } from '@/lib/import';
import { importMarkdown } from '@/lib/import/formats/import-markdown';
import { cleanLine } from '@/lib/import/plain-text/clean-line';
import { looksLikeHeading } from '@/lib/import/plain-text/headings';
import { findQuote } from '@/lib/sources/find-quote';

const SIZE = 100_000;
/**
 * Generous: each call takes tens of milliseconds of CPU, while the super-linear patterns this
 * guards against took from 18 s to minutes. The budget counts this process's CPU time, not the
 * clock: on a loaded machine the clock also counts the other processes' turns (over 14 s was seen
 * at load 15 for a call of well under a second of CPU).
 */
const BUDGET_MS = 10_000;

const repeat = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

/** Distinct words, so that two texts made from different seeds share none. */
const words = (seed: string) => repeat(Array.from({ length: 2000 }, (_, index) => `${seed}${index.toString(36)} `).join(''));

const INPUTS: Record<string, string> = {
  'a line of dots': repeat('.'),
  'one repeated letter': repeat('a'),
  '20,000 short lines': repeat('ab\n'),
  // Lines that wrap into one paragraph: joining them once rescanned the text joined so far (23 s).
  '20,000 wrapped lines': Array.from({ length: 20_000 }, (_, index) => `line ${index} of the`).join('\n'),
  'short paragraphs': repeat('ab\n\n'),
  'bare URL lines': Array.from({ length: 4000 }, (_, index) => `https://example.org/${index}`).join('\n'),
  'many spaces': `a${repeat(' ')}b`,
  'spaces before a bar': `a${repeat(' ')}b|`,
  'alternating punctuation': repeat('.,'),
  'full stops and spaces': repeat('. '),
  'letters and dots': repeat('a.'),
  'ellipses and closing quotes': repeat('…”'),
  'straight quotes': repeat('"'),
  'curly quotes': repeat('“a '),
  digits: repeat('1'),
  'digits and dots': repeat('1.'),
  numbers: repeat('12 '),
  bars: repeat('| '),
  'tabs and no-break spaces': repeat('\t\u00a0'),
  brackets: repeat('['),
  stars: repeat('*'),
  'nested quotes (Markdown)': repeat('> '),
  'nested lists (Markdown)': repeat('- '),
  'nested elements (HTML)': repeat('<div>'),
  'unclosed tags': repeat('<a'),
  words: words('w'),
};

/** Runs `run`, accepting a clear ImportError as an answer; returns the milliseconds of CPU it took. */
function timed(run: () => unknown): number {
  const started = process.cpuUsage();
  try {
    run();
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
  }
  const { user, system } = process.cpuUsage(started);
  return (user + system) / 1000;
}

const FUNCTIONS: Record<string, (text: string) => unknown> = {
  detectClaims,
  detectFigures,
  splitSentences,
  findQuotations,
  parsePlainText,
  importMarkdown,
  importHtml: (text) => importHtml(text),
  cleanLine,
  looksLikeHeading,
  'diffTexts against other words': (text) => diffTexts(text, words('v')),
  'diffTexts against itself changed': (text) => diffTexts(text, `x${text.slice(1, -1)}y`),
  'anchor a changed quote': (text) => {
    const middle = Math.floor(text.length / 2);
    const [quote] = describeRange(text, middle - 500, middle + 500);
    return anchor(text, { ...quote, exact: `${quote.exact.slice(0, 400)}#${quote.exact.slice(401)}` });
  },
  'anchor a quote that is not there': (text) =>
    anchor(text, { type: 'TextQuoteSelector', exact: `${text.slice(0, 999)}#`, prefix: text.slice(0, 64), suffix: text.slice(0, 64) }),
  findQuote: (text) => findQuote(text, `${text.slice(0, 300)} … ${text.slice(500, 800)}`),
};

describe('hostile input', () => {
  beforeAll(() => {
    // The first call of each loads its modules (jsdom, marked): not what is measured here.
    for (const run of Object.values(FUNCTIONS))
      timed(() => run(repeat('Warm up. The price rose 4% in 2023, officials said. ').slice(0, 5000)));
  });

  for (const [name, run] of Object.entries(FUNCTIONS)) {
    describe(name, () => {
      for (const [input, text] of Object.entries(INPUTS)) {
        it(`answers ${input} (100 KB) within ${BUDGET_MS} ms`, () => {
          expect(timed(() => run(text))).toBeLessThan(BUDGET_MS);
        });
      }
    });
  }

  it('anchorAll follows 20,000 identical paragraphs whose two halves swapped places within the budget', () => {
    // Myers' paragraph diff costs paragraphs × edits: this took 24 s before it was capped (text-map.ts).
    const half = (text: string) => Array.from({ length: 10_000 }, () => text).join('\n\n');
    const before = `${half('ab')}\n\n${half('cd')}`;
    const after = `${half('cd')}\n\n${half('ab')}`;
    let found: ReturnType<typeof anchorAll> = [];
    expect(timed(() => (found = anchorAll(before, after, [describeRange(before, 4, 6)])))).toBeLessThan(BUDGET_MS);
    expect(found[0] && after.slice(found[0].start, found[0].end)).toBe('ab');
  });

  it('parseW3cAnnotations refuses 10,000 oversized quotes within the budget', () => {
    const quote = repeat('a').slice(0, 20_000);
    const items = Array.from({ length: 10_000 }, () => ({
      type: 'Annotation',
      target: { selector: { type: 'TextQuoteSelector', exact: quote, prefix: quote.slice(0, 2000) } },
    }));
    let result: ReturnType<typeof parseW3cAnnotations> | undefined;
    expect(timed(() => (result = parseW3cAnnotations(items)))).toBeLessThan(BUDGET_MS);
    expect(result).toMatchObject({ ok: true, annotations: [] });
  });
});
