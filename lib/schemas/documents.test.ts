import { describe, expect, it } from 'vitest';
import { ZUrlImport } from './documents';

const parse = (url: string) => ZUrlImport.safeParse({ url });

describe('ZUrlImport', () => {
  it('tries https for an address typed without its scheme', () => {
    expect(parse('example.org/report?id=4').data).toEqual({ url: 'https://example.org/report?id=4' });
    expect(parse('  //example.org/report ').data).toEqual({ url: 'https://example.org/report' });
    expect(parse('www.example.org:8443/a').data).toEqual({ url: 'https://www.example.org:8443/a' });
  });

  it('keeps http and https addresses as they are, and refuses other schemes and non-addresses', () => {
    expect(parse('http://example.org/a').data).toEqual({ url: 'http://example.org/a' });
    expect(parse('ftp://example.org/a').error?.issues[0]?.message).toBe('Only http and https addresses can be imported.');
    expect(parse('not an address').success).toBe(false);
    expect(parse('   ').error?.issues[0]?.message).toBe('Enter the address of the article.');
  });
});
