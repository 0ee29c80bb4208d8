import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './safe-redirect';

describe('safeRedirectPath', () => {
  it('keeps same-site paths', () => {
    expect(safeRedirectPath('/w/demo/documents/abc?x=1')).toBe('/w/demo/documents/abc?x=1');
  });
  it.each(['https://evil.example', '//evil.example/path', '/\\evil.example', 'w/demo', '', null, 42])('refuses %s', (value) => {
    expect(safeRedirectPath(value)).toBe('/w');
  });
});
