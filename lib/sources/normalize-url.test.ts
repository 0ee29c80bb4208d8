import { describe, expect, it } from 'vitest';
import { normalizeSourceUrl } from './normalize-url';

describe('normalizeSourceUrl', () => {
  it('gives the same page one spelling', () => {
    const spellings = [
      'https://www.politico.eu/article/north-korean-troops/',
      'HTTPS://WWW.POLITICO.EU:443/article/north-korean-troops',
      'https://www.politico.eu/article/north-korean-troops/?utm_source=twitter&utm_medium=social#comments',
    ];
    expect(new Set(spellings.map((url) => normalizeSourceUrl(url).normalizedUrl))).toEqual(
      new Set(['https://www.politico.eu/article/north-korean-troops']),
    );
    expect(normalizeSourceUrl(spellings[0]!).domain).toBe('politico.eu');
  });

  it('keeps meaningful query parameters, in a stable order', () => {
    expect(normalizeSourceUrl('https://example.org/search?q=kim&page=2').normalizedUrl).toBe('https://example.org/search?page=2&q=kim');
  });

  it('keeps what the user gave as the display URL', () => {
    expect(normalizeSourceUrl(' https://example.org/a/?utm_source=x ').url).toBe('https://example.org/a/?utm_source=x');
  });

  it('accepts only http(s) addresses without credentials', () => {
    expect(() => normalizeSourceUrl('javascript:alert(1)')).toThrow(/Only http and https/);
    expect(() => normalizeSourceUrl('ftp://example.org/file')).toThrow(/Only http and https/);
    expect(() => normalizeSourceUrl('not a url')).toThrow(/not a web address/);
    expect(() => normalizeSourceUrl('https://user:secret@example.org/')).toThrow(/user name or password/);
  });
});
