import { describe, expect, it } from 'vitest';
import { findQuote } from './find-quote';

const PAGE = [
  'Container Traffic Report 2024',
  'The port of Rotterdam handled 14.5 million TEU in 2023, a fall of 7% from the record year before.',
  '“We expect volumes to recover slowly,” the port’s chief executive said on Tuesday — adding that\n  rail links were being expanded.',
  'Annual figures are published each February.',
].join('\n\n');

const found = (quote: string) => {
  const range = findQuote(PAGE, quote);
  return range && { text: PAGE.slice(range.start, range.end), approximate: range.approximate };
};

describe('findQuote', () => {
  it('finds a quote copied exactly, with offsets into the captured text', () => {
    const range = findQuote(PAGE, 'handled 14.5 million TEU in 2023');
    expect(range).toEqual({ start: PAGE.indexOf('handled'), end: PAGE.indexOf(' in 2023') + 8, approximate: false });
  });

  it('tolerates other white space, straight quotes for curly ones, dashes and case', () => {
    expect(found('"We expect volumes to recover slowly," the port\'s chief executive said on Tuesday - adding that rail links')).toEqual({
      text: '“We expect volumes to recover slowly,” the port’s chief executive said on Tuesday — adding that\n  rail links',
      approximate: false,
    });
    expect(found('THE PORT OF ROTTERDAM   handled')?.text).toBe('The port of Rotterdam handled');
  });

  it('drops the quotation marks a checker put around the passage', () => {
    expect(found('“a fall of 7% from the record year before.”')?.text).toBe('a fall of 7% from the record year before.');
  });

  it('follows a quote cut by an ellipsis', () => {
    expect(found('The port of Rotterdam handled … a fall of 7%')?.text).toBe(
      'The port of Rotterdam handled 14.5 million TEU in 2023, a fall of 7%',
    );
    expect(found('The port of Rotterdam [...] 7% from the record')?.text).toBe(
      'The port of Rotterdam handled 14.5 million TEU in 2023, a fall of 7% from the record',
    );
  });

  it('finds a slightly misquoted passage approximately, never with other figures', () => {
    expect(found('The port of Rotterdam handeld 14.5 milion TEU in 2023')).toEqual({
      text: 'The port of Rotterdam handled 14.5 million TEU in 2023',
      approximate: true,
    });
    expect(findQuote(PAGE, 'The port of Rotterdam handled 15.4 million TEU in 2023')).toBeNull();
  });

  it('says when the quote is not there', () => {
    expect(findQuote(PAGE, 'volumes collapsed and will not recover')).toBeNull();
    expect(findQuote(PAGE, '   ')).toBeNull();
    expect(findQuote('', 'anything')).toBeNull();
    expect(findQuote(PAGE, 'The port … never said this')).toBeNull();
  });
});
