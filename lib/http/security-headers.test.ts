import { describe, expect, it } from 'vitest';
import { HSTS, newNonce, pagePolicy } from './security-headers';

describe('security headers', () => {
  it('gives each request its own nonce', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });

  it('lets only scripts with the nonce run, and forbids framing, plugins and foreign forms', () => {
    const policy = pagePolicy('abc123');
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) {
      expect(policy).toContain(directive);
    }
    expect(pagePolicy('abc123', { dev: true })).toContain("'unsafe-eval'");
  });

  it('asks for HSTS for a year', () => {
    expect(HSTS).toMatch(/^max-age=31536000/);
  });
});
