import { describe, expect, it } from 'vitest';
import { splitParagraphs } from './split-paragraphs';

const TEXT = 'First paragraph here.\n\nSecond one, with the quote.\n   \nThird.';

describe('splitParagraphs', () => {
  it('makes each non-blank line a paragraph, keeping the offsets of the text', () => {
    const paragraphs = splitParagraphs(TEXT);
    expect(paragraphs.map((paragraph) => paragraph.pieces.map((piece) => piece.text).join(''))).toEqual([
      'First paragraph here.',
      'Second one, with the quote.',
      'Third.',
    ]);
    expect(paragraphs.map((paragraph) => paragraph.start)).toEqual([0, TEXT.indexOf('Second'), TEXT.indexOf('Third')]);
    expect(paragraphs.every((paragraph) => paragraph.pieces.every((piece) => !piece.marked))).toBe(true);
  });

  it('marks a span inside one paragraph', () => {
    const start = TEXT.indexOf('the quote');
    const [, second] = splitParagraphs(TEXT, { start, end: start + 'the quote'.length });
    expect(second!.pieces).toEqual([
      { text: 'Second one, with ', marked: false },
      { text: 'the quote', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('marks a span across paragraphs in each of them', () => {
    const start = TEXT.indexOf('here.');
    const end = TEXT.indexOf(', with');
    const [first, second, third] = splitParagraphs(TEXT, { start, end });
    expect(first!.pieces).toEqual([
      { text: 'First paragraph ', marked: false },
      { text: 'here.', marked: true },
    ]);
    expect(second!.pieces).toEqual([
      { text: 'Second one', marked: true },
      { text: ', with the quote.', marked: false },
    ]);
    expect(third!.pieces).toEqual([{ text: 'Third.', marked: false }]);
  });
});
