import { describe, expect, it } from 'vitest';
import { effectiveRole, tokenRolesFor, tokenState } from './token-roles';
import { API_TOKEN_PREFIX, bearerToken, hashApiToken, newApiToken } from './tokens';

describe('newApiToken', () => {
  it('makes a recognisable random secret, keeps only its sha256 and a short prefix', () => {
    const a = newApiToken();
    const b = newApiToken();
    expect(a.secret.startsWith(API_TOKEN_PREFIX)).toBe(true);
    expect(a.secret).toHaveLength(API_TOKEN_PREFIX.length + 43);
    expect(a.secret).not.toBe(b.secret);
    expect(a.tokenHash).toBe(hashApiToken(a.secret));
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.secret.startsWith(a.prefix)).toBe(true);
    expect(a.prefix).toHaveLength(12);
  });

  it('hashes like sha256 in hex', () => {
    expect(hashApiToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('bearerToken', () => {
  it('reads the token of a Bearer header, whatever the case of the scheme', () => {
    expect(bearerToken('Bearer mgn_abc-DEF_123')).toBe('mgn_abc-DEF_123');
    expect(bearerToken('bearer   mgn_x ')).toBe('mgn_x');
  });

  it('refuses a missing, empty, other-scheme or malformed header', () => {
    expect(bearerToken(null)).toBeNull();
    expect(bearerToken('')).toBeNull();
    expect(bearerToken('Bearer')).toBeNull();
    expect(bearerToken('Bearer ')).toBeNull();
    expect(bearerToken('Basic dXNlcjpwYXNz')).toBeNull();
    expect(bearerToken('Bearer two tokens')).toBeNull();
    expect(bearerToken(`Bearer ${'a'.repeat(201)}`)).toBeNull();
  });
});

describe('effectiveRole', () => {
  it('is the lower of the token role and the member role', () => {
    expect(effectiveRole('editor', 'owner')).toBe('editor');
    expect(effectiveRole('owner', 'checker')).toBe('checker');
    expect(effectiveRole('viewer', 'editor')).toBe('viewer');
    expect(effectiveRole('checker', 'checker')).toBe('checker');
  });
});

describe('tokenRolesFor', () => {
  it('offers the member role and every lower one', () => {
    expect(tokenRolesFor('owner')).toEqual(['owner', 'editor', 'checker', 'viewer']);
    expect(tokenRolesFor('checker')).toEqual(['checker', 'viewer']);
    expect(tokenRolesFor('viewer')).toEqual(['viewer']);
  });
});

describe('tokenState', () => {
  const now = new Date('2026-01-02T00:00:00Z');
  it('tells active, revoked and expired tokens apart', () => {
    expect(tokenState({ revokedAt: null, expiresAt: null }, now)).toBe('active');
    expect(tokenState({ revokedAt: null, expiresAt: new Date('2026-01-03T00:00:00Z') }, now)).toBe('active');
    expect(tokenState({ revokedAt: null, expiresAt: now }, now)).toBe('expired');
    expect(tokenState({ revokedAt: new Date('2026-01-01T00:00:00Z'), expiresAt: null }, now)).toBe('revoked');
  });
});
