import { describe, expect, it } from 'vitest';
import { readSsoConfig } from './sso-config';

describe('readSsoConfig', () => {
  const complete = { AUTH_OIDC_ISSUER: 'https://id.newsroom.example', AUTH_OIDC_CLIENT_ID: 'margin', AUTH_OIDC_CLIENT_SECRET: 's3cret' };

  it('is off unless issuer, client id and secret are all set', () => {
    expect(readSsoConfig({})).toBeNull();
    expect(readSsoConfig({ ...complete, AUTH_OIDC_CLIENT_SECRET: '  ' })).toBeNull();
    expect(readSsoConfig({ ...complete, AUTH_OIDC_ISSUER: undefined })).toBeNull();
  });

  it('names the button after AUTH_OIDC_NAME, or "Single sign-on"', () => {
    expect(readSsoConfig(complete)).toEqual({
      name: 'Single sign-on',
      issuer: complete.AUTH_OIDC_ISSUER,
      clientId: 'margin',
      clientSecret: 's3cret',
    });
    expect(readSsoConfig({ ...complete, AUTH_OIDC_NAME: 'Newsroom SSO' })?.name).toBe('Newsroom SSO');
  });
});
