import { describe, expect, it } from 'vitest';
import { uploadContentType } from './upload-limits';
import { placeUploadQuote } from './upload-quote';

const TEXT = 'Annual report 2023\n\nContainer throughput reached 14.5 million TEU in 2023.';

describe('placeUploadQuote', () => {
  it('takes the selected characters as the quote, whatever was typed', () => {
    const start = TEXT.indexOf('14.5 million TEU');
    expect(placeUploadQuote(TEXT, { quote: 'typed', start, end: start + 16 })).toEqual({
      quote: '14.5 million TEU',
      start,
      end: start + 16,
    });
  });

  it('refuses a selection outside the text, empty, or in a file without text', () => {
    expect(placeUploadQuote(TEXT, { quote: null, start: 10, end: TEXT.length + 1 })).toHaveProperty('error');
    expect(placeUploadQuote(TEXT, { quote: null, start: 5, end: 5 })).toHaveProperty('error');
    expect(placeUploadQuote(TEXT, { quote: null, start: 18, end: 20 })).toEqual({
      error: 'Select some words of the file’s text as the quote.',
    });
    expect(placeUploadQuote(null, { quote: null, start: 0, end: 3 })).toHaveProperty('error');
  });

  it('finds a typed quote in the text, tolerant of quotation marks and spaces, or leaves it unanchored', () => {
    const found = placeUploadQuote(TEXT, { quote: '“throughput  reached 14.5 million”' });
    expect(found).toMatchObject({ start: TEXT.indexOf('throughput'), end: TEXT.indexOf(' TEU') });
    expect(placeUploadQuote(TEXT, { quote: 'nowhere to be found at all' })).toEqual({
      quote: 'nowhere to be found at all',
      start: null,
      end: null,
    });
    expect(placeUploadQuote(null, { quote: 'a scan' })).toEqual({ quote: 'a scan', start: null, end: null });
  });
});

describe('uploadContentType', () => {
  it('keeps a declared media type without its parameters, and neutralises anything else', () => {
    expect(uploadContentType('application/PDF')).toBe('application/pdf');
    expect(uploadContentType('text/html; charset=utf-8')).toBe('text/html');
    expect(uploadContentType('')).toBe('application/octet-stream');
    expect(uploadContentType('text/html\r\nx-evil: 1')).toBe('application/octet-stream');
  });
});
