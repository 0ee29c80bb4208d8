import { describe, expect, it } from 'vitest';
import { splitSentences } from './index';

const split = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitSentences', () => {
  it('does not break on abbreviations, initials, decimals and numbered labels', () => {
    expect(split('The U.S. Army said Dr. Smith saw 3.5 million people. No. 3 was late. J. R. Smith left at 5 p.m. yesterday.')).toEqual([
      'The U.S. Army said Dr. Smith saw 3.5 million people.',
      'No. 3 was late.',
      'J. R. Smith left at 5 p.m. yesterday.',
    ]);
    expect(split('It rose in Sept. 2020, e.g. in Art. 5. Then it fell.')).toEqual([
      'It rose in Sept. 2020, e.g. in Art. 5.',
      'Then it fell.',
    ]);
  });

  it('breaks after a dotted abbreviation when a new sentence plainly starts', () => {
    expect(split('Aid went to the U.S. The rest stayed.')).toEqual(['Aid went to the U.S.', 'The rest stayed.']);
  });

  it('keeps closing quotes with their sentence and does not break before lower case', () => {
    expect(split('He said “Go.” Then he left. “Why?” she asked.')).toEqual(['He said “Go.”', 'Then he left.', '“Why?” she asked.']);
  });

  it('breaks at blank lines but not at hard wraps, with exact offsets', () => {
    const text = '  A heading\n\nA wrapped\nsentence. Another one';
    expect(split(text)).toEqual(['A heading', 'A wrapped\nsentence.', 'Another one']);
    expect(splitSentences(text)[0]).toEqual({ start: 2, end: 11 });
  });
});
