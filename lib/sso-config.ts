// Single sign-on through one generic OpenID Connect provider, configured by environment only.
export const SSO_PROVIDER_ID = 'oidc';

export type SsoConfig = { name: string; issuer: string; clientId: string; clientSecret: string };

/** The configured provider, or null when any of issuer, client id and secret is missing. */
export function readSsoConfig(env: Record<string, string | undefined> = process.env): SsoConfig | null {
  const issuer = env.AUTH_OIDC_ISSUER?.trim();
  const clientId = env.AUTH_OIDC_CLIENT_ID?.trim();
  const clientSecret = env.AUTH_OIDC_CLIENT_SECRET?.trim();
  if (!issuer || !clientId || !clientSecret) return null;
  return { name: env.AUTH_OIDC_NAME?.trim() || 'Single sign-on', issuer, clientId, clientSecret };
}
