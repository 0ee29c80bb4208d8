import { describe, expect, it } from 'vitest';
import { claimUrlPatternProblem, fillClaimUrl, scriptSafeJson, titleSlug, webAddressProblem } from './publishing';

describe('publishing profile rules', () => {
  it('fills a public URL pattern with the document and claim, encoded', () => {
    const values = { documentId: 'doc1', documentTitle: 'Arms & alliances, 2024', claimId: 'c/1' };
    expect(fillClaimUrl('https://fc.example.org/{document_slug}/{document}#{claim}', values)).toBe(
      'https://fc.example.org/arms-alliances-2024/doc1#c%2F1',
    );
    expect(titleSlug('¿¡!')).toBe('document');
  });

  it('accepts only absolute web addresses with known placeholders', () => {
    expect(claimUrlPatternProblem('https://factcheck.example.org/{document}/{claim}')).toBeNull();
    expect(claimUrlPatternProblem('http://fc.example.org/checks?c={claim}')).toBeNull();
    expect(claimUrlPatternProblem('https://fc.example.org/{doc}/{claim}')).toBe(
      'Unknown placeholder {doc}: use {document}, {document_slug}, {claim}.',
    );
    expect(claimUrlPatternProblem('https://fc.example.org/{claim')).toContain('brace is left open');
    expect(claimUrlPatternProblem('https://fc.example.org/checks')).toContain('at least one placeholder');
    expect(claimUrlPatternProblem('/checks/{claim}')).toContain('full web address');
    expect(claimUrlPatternProblem('javascript:alert(1)//{claim}')).toContain('full web address');
    expect(claimUrlPatternProblem('ftp://fc.example.org/{claim}')).toContain('full web address');
  });

  it('knows a web address', () => {
    expect(webAddressProblem('https://factcheck.example.org')).toBeNull();
    expect(webAddressProblem('factcheck.example.org')).not.toBeNull();
    expect(webAddressProblem('https://user:pw@factcheck.example.org')).not.toBeNull();
    expect(webAddressProblem('data:image/png;base64,AAAA')).not.toBeNull();
  });

  it('writes JSON that a script element cannot be broken out of', () => {
    const value = { text: '</script><!-- a & b >' };
    const json = scriptSafeJson(value);
    expect(json).toBe('{"text":"\\u003c/script\\u003e\\u003c!-- a \\u0026 b \\u003e"}');
    expect(JSON.parse(json)).toEqual(value);
  });
});
