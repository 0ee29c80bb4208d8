// A real OpenID Connect server (panva's oidc-provider) on loopback for the single sign-on specs.
// Its development login form accepts any login: the login becomes the account's email, verified
// (`email_verified: true`) unless the login starts with `unverified-`.
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export const TEST_OIDC = { clientId: 'margin-e2e', clientSecret: 'margin-e2e-secret', name: 'Newsroom SSO' };

export async function startTestOidcProvider({ port, appUrl }: { port: number; appUrl: string }) {
  const issuer = `http://localhost:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_OIDC.clientId,
        client_secret: TEST_OIDC.clientSecret,
        redirect_uris: [`${appUrl}/api/auth/callback/oidc`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // Put the scope's claims (email, name) into the ID token, as most newsroom IdPs do.
    conformIdTokenClaims: false,
    async findAccount(_context, id) {
      return {
        accountId: id,
        claims: async () => ({ sub: id, email: id, email_verified: !id.startsWith('unverified-'), name: `SSO ${id.split('@')[0]}` }),
      };
    },
  });
  const server = provider.listen(port);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve());
    server.once('error', reject);
  });
  return {
    issuer: `http://localhost:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
