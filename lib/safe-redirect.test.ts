import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './safe-redirect';

describe('safeRedirectPath', () => {
  it('keeps same-site paths', () => {
    expect(safeRedirectPath('/w/demo/documents/abc?x=1')).toBe('/w/demo/documents/abc?x=1');
  });
  it.each([
    'https://evil.example',
    '//evil.example/path',
    '/\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r\n//evil.example',
    '/ /evil.example'.replace(' ', '\u0000'),
    '/%2F/evil.example'.replace('%2F', '\\'),
    'w/demo',
    '',
    null,
    42,
  ])('refuses %j', (value) => {
    expect(safeRedirectPath(value)).toBe('/w');
  });
});
