import { describe as group, expect, it } from 'vitest';
import { contextFiguresAgree } from './context-figures';
import { describe } from './index';

const quoteAt = (text: string, words: string) => {
  const start = text.indexOf(words);
  return { quote: describe(text, start, start + words.length)[0], place: { start, end: start + words.length } };
};
const placeOf = (text: string, words: string, from = 0) => {
  const start = text.indexOf(words, from);
  return { start, end: start + words.length };
};

group('contextFiguresAgree', () => {
  const report =
    'In 2003, the ministry reported 20971 new contracts worth 63 million euros. In 2004, the ministry reported 20978 new contracts worth 64 million euros. In 2005, the ministry reported 20985 new contracts worth 65 million euros.';

  it('agrees on both sides in the passage’s own sentence', () => {
    const { quote, place } = quoteAt(report, 'new contracts worth 64');
    expect(contextFiguresAgree(report, place, quote)).toEqual({ before: true, after: true });
  });

  it('disagrees on both sides in a look-alike sentence that differs only in its figures', () => {
    const { quote } = quoteAt(report, 'new contracts worth');
    const lookAlike = placeOf(report, 'new contracts worth', report.indexOf('2005'));
    expect(contextFiguresAgree(report, lookAlike, quote)).toEqual({ before: false, after: false });
  });

  it('still agrees when one figure beside the place was replaced by a word', () => {
    const { quote } = quoteAt(report, 'million euros. In 2004');
    const edited = report.replace('worth 63 million', 'worth several million');
    expect(contextFiguresAgree(edited, placeOf(edited, 'million euros. In 2004'), quote).before).toBe(true);
  });

  it('says nothing when the figure beside the place was replaced by a word, within the paragraph', () => {
    const text = 'The agency spent 56 million euros on its annual review.';
    const { quote } = quoteAt(text, 'on its annual review');
    const edited = text.replace('56', 'several');
    expect(contextFiguresAgree(edited, placeOf(edited, 'on its annual review'), quote).before).toBeNull();
  });

  it('disagrees when the place ends a paragraph where the stored context went on to a figure', () => {
    const text = 'It spent 88 million euros, according to its review. In 2024, it spent more.';
    const { quote } = quoteAt(text, 'euros, according');
    const other = 'It spent 88 million euros, according to its review.\n\nIn 2020, it spent less.';
    expect(contextFiguresAgree(other, placeOf(other, 'euros, according'), quote).after).toBe(false);
  });

  it('says nothing of figures past a blank line (that paragraph may have moved) or cut by the context’s end', () => {
    const text = 'No figures in this sentence at all, none whatsoever.\n\nIn 2009, the ministry reported 19613 new contracts.';
    const { quote, place } = quoteAt(text, 'at all');
    expect(quote.suffix).toContain('2009');
    expect(contextFiguresAgree(text, place, quote)).toEqual({ before: null, after: null });
    // The stored prefix begins inside "123456": its "3456" is not a figure to compare.
    const quote2 = {
      type: 'TextQuoteSelector' as const,
      exact: 'new contracts',
      prefix: '3456 were counted before the ministry reported ',
      suffix: '',
    };
    const other = 'Some 3456 were counted before the ministry reported new contracts';
    expect(contextFiguresAgree(other, placeOf(other, 'new contracts'), quote2).before).toBeNull();
  });
});
