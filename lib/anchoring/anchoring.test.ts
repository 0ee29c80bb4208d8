import fs from 'node:fs';
import path from 'node:path';
import { describe as group, expect, it } from 'vitest';
import { parsePlainText } from '@/lib/import';
import { anchor, describe } from './index';

const raw = fs.readFileSync(path.join(import.meta.dirname, '../../prisma/seed/article.txt'), 'utf8');
const article = parsePlainText(raw)
  .blocks.map((block) => block.text)
  .join('\n\n');

const rangeOf = (text: string, quote: string, occurrence = 0) => {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`“${quote}” not found`);
  return { start: at, end: at + quote.length };
};
const annotate = (text: string, quote: string, occurrence = 0) => {
  const { start, end } = rangeOf(text, quote, occurrence);
  return describe(text, start, end);
};
const textAt = (text: string, range: { start: number; end: number } | null) => (range ? text.slice(range.start, range.end) : null);

group('describe', () => {
  it('stores the quote, 48 characters of context each side and the offsets', () => {
    const [quote, position] = annotate(article, 'over 16,500 containers of munitions');
    expect(quote.exact).toBe('over 16,500 containers of munitions');
    expect(quote.prefix).toBe('Assistant Secretary of State Robert Koepcke, North Korea has shipped '.slice(-48));
    expect(quote.suffix).toHaveLength(48);
    expect(article.slice(position.start, position.end)).toBe(quote.exact);
  });

  it('never cuts an emoji in half at the edges of its context', () => {
    // 47 letters then an emoji (two UTF-16 units) before the quote: 48 units back lands inside it.
    const text = `${'😀'}${'a'.repeat(47)} quote ${'b'.repeat(47)}${'😀'}`;
    const start = text.indexOf('quote');
    const [quote] = describe(text, start, start + 'quote'.length);
    expect(quote.prefix).toBe(`${'a'.repeat(47)} `);
    expect(quote.suffix).toBe(` ${'b'.repeat(47)}`);
    const whole = `x${'😀'}${'a'.repeat(45)} quote ${'b'.repeat(45)}${'😀'}x`;
    const at = whole.indexOf('quote');
    const [kept] = describe(whole, at, at + 'quote'.length);
    expect(kept.prefix.startsWith('😀')).toBe(true);
    expect(kept.suffix.endsWith('😀')).toBe(true);
  });

  it('refuses empty or out-of-range spans', () => {
    expect(() => describe('abc', 2, 2)).toThrow(RangeError);
    expect(() => describe('abc', -1, 2)).toThrow(RangeError);
    expect(() => describe('abc', 1, 4)).toThrow(RangeError);
  });
});

group('anchor', () => {
  it('finds every span of the unchanged fixture exactly', () => {
    for (let start = 0; start < article.length - 40; start += 97) {
      const end = start + 5 + (start % 60);
      expect(anchor(article, describe(article, start, end))).toEqual({ start, end });
    }
  });

  it('follows a figure when text is inserted before it', () => {
    const selectors = annotate(article, 'a record $14 billion deal with Poland in 2022');
    const revised = `A new opening paragraph was added by the editors.\n\n${article}`;
    expect(textAt(revised, anchor(revised, selectors))).toBe('a record $14 billion deal with Poland in 2022');
  });

  it('tells repeated passages apart by their context', () => {
    // The fixture says twice that North Korea labelled the South a “hostile” state.
    const first = annotate(article, '“hostile”', 0);
    const second = annotate(article, '“hostile”', 1);
    const revised = article.replace('Consequently, North Korean troops', 'Consequently, and notably, North Korean troops');
    expect(anchor(revised, first)).toEqual(rangeOf(revised, '“hostile”', 0));
    expect(anchor(revised, second)).toEqual(rangeOf(revised, '“hostile”', 1));
  });

  it('re-finds a quote whose words were corrected (the OCR slip “Kim Jong II”)', () => {
    const selectors = annotate(article, "time of Kim Jong II's death in December 2011");
    const revised = article.replace("Kim Jong II's", "Kim Jong Il's");
    expect(textAt(revised, anchor(revised, selectors))).toBe("time of Kim Jong Il's death in December 2011");
  });

  it('places a partly rewritten quote between its surviving prefix and suffix', () => {
    const selectors = annotate(article, 'over 16,500 containers of munitions');
    const revised = article.replace('over 16,500 containers of munitions', 'more than 16,500 crates of munitions');
    expect(textAt(revised, anchor(revised, selectors))).toBe('more than 16,500 crates of munitions');
  });

  it('answers null when the quote was replaced by different words entirely', () => {
    const selectors = annotate(article, 'over 16,500 containers of munitions');
    const revised = article.replace('over 16,500 containers of munitions', 'a large quantity of weapons');
    expect(anchor(revised, selectors)).toBeNull();
  });

  it('answers null when the passage was deleted', () => {
    const sentence = 'On October 24, the Russian Duma ratified a strategic partnership with North Korea';
    const selectors = annotate(article, sentence);
    const revised = article.replace(/On October 24, the Russian Duma[^.]*\./, '');
    expect(anchor(revised, selectors)).toBeNull();
  });

  it('answers null for a short quote whose context is gone, rather than guess', () => {
    const selectors = annotate(article, '2022', 0);
    const revised = article.replace(
      /US intelligence first raised concerns in September 2022, reporting that Russia had begun purchasing/,
      'Reports began',
    );
    const found = anchor(revised, selectors);
    expect(found === null || revised.slice(found.start - 20, found.end + 20).includes('concerns')).toBe(true);
    expect(found).toBeNull();
  });

  it('answers null when two identical passages cannot be told apart', () => {
    const passage = 'The ministry reported 1,200 new contracts worth 40 million euros.';
    const pad = '\n\nThe same boilerplate sentence appears here.\n\n';
    const text = `${pad}${passage}${pad}`;
    const selectors = describe(text, pad.length, pad.length + passage.length);
    // A copy of the paragraph, context and all, pasted above the original.
    const revised = `${pad}${passage}${pad}${pad}${passage}${pad}`;
    expect(revised.indexOf(passage)).toBe(pad.length);
    expect(anchor(revised, selectors)).toBeNull();
  });

  it('never moves a figure onto a different number', () => {
    const text = 'In 2021 the ministry reported 26872 new contracts. In 2021 the ministry reported 26172 new contracts.';
    const selectors = describe(
      text,
      text.indexOf('the ministry reported 26872 new'),
      text.indexOf('the ministry reported 26872 new') + 'the ministry reported 26872 new'.length,
    );
    // The annotated sentence is reworded; its look-alike with other digits stays untouched.
    const revised = text.replace('the ministry reported 26872 new', 'the officials reported 26872 new');
    // Reworded beyond the allowed change, and the look-alike has other digits: no place.
    expect(anchor(revised, selectors)).toBeNull();
  });

  it('does not jump to a far copy when the original, edited, is still where it was', () => {
    const sentence = 'Both arms industries rely on external resources like semiconductors.';
    const filler = 'Unrelated reporting fills the pages between the two passages. '.repeat(60);
    const text = `Opening.\n\n${filler}\n\n${sentence} Closing words follow here.`;
    const at = text.indexOf('resources');
    const selectors = describe(text, at, at + 'resources'.length);
    const revised = `Opening. ${sentence}\n\n${filler}\n\n${sentence.replace('like', 'like modern')} Closing words follow here.`;
    // Its prefix intact and most of its suffix: the original, not the untouched copy far above.
    const original = revised.lastIndexOf('resources');
    expect(anchor(revised, selectors)).toEqual({ start: original, end: original + 'resources'.length });
    // Its surroundings rewritten: neither the original nor the far copy is convincing.
    const rewritten = `Opening. ${sentence}\n\n${filler}\n\n${sentence.replace('like semiconductors.', 'such as modern microchips, sensors and optics.')}`;
    expect(anchor(rewritten, selectors)).toBeNull();
  });

  it('uses a position selector alone only when it fits the text', () => {
    expect(anchor('abcdef', { type: 'TextPositionSelector', start: 1, end: 3 })).toEqual({ start: 1, end: 3 });
    expect(anchor('abc', { type: 'TextPositionSelector', start: 1, end: 9 })).toBeNull();
  });
});
