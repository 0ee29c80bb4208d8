import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import type { Provider } from 'next-auth/providers';
import { PrismaAdapter } from '@auth/prisma-adapter';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { ZSignIn } from '@/lib/schemas/auth';
import { readSsoConfig, SSO_PROVIDER_ID } from '@/lib/sso-config';
import { attemptPasswordSignIn } from '@/lib/server/rate-limit/password-attempt';
import { jwtCallback, onSignOut, sessionCallback } from '@/lib/server/session/auth-callbacks';
import { clientIp } from '@/lib/server/session/client-ip';
import { SESSION_MAX_AGE_SECONDS } from '@/lib/server/session/create-sign-in-session';
import { recordSsoVerifiedEmail, ssoSignInVerdict } from '@/lib/server/users/sso-identity';

/** Sign-in refused because of too many attempts; `message` says how long to wait. */
export class SignInRateLimited extends CredentialsSignin {
  code = 'rate_limited';
  constructor(readonly waitMessage: string) {
    super();
  }
}

/**
 * Password sign-in, slowed down per account and address after failures and limited per address
 * (attempts). The limits live here, not in the form's action, because Auth.js also accepts
 * credentials at its own endpoint.
 */
const passwordProvider = Credentials({
  credentials: { email: { label: 'Email' }, password: { label: 'Password', type: 'password' } },
  async authorize(raw, request) {
    const parsed = ZSignIn.safeParse(raw);
    if (!parsed.success) throw new CredentialsSignin();
    let user;
    try {
      user = await attemptPasswordSignIn(parsed.data, clientIp(request.headers));
    } catch (error) {
      if (error instanceof AppError) throw new SignInRateLimited(error.message);
      throw error;
    }
    if (!user) throw new CredentialsSignin();
    return user;
  },
});

function ssoProvider(): Provider | null {
  const sso = readSsoConfig();
  if (!sso) return null;
  return {
    id: SSO_PROVIDER_ID,
    name: sso.name,
    type: 'oidc',
    issuer: sso.issuer,
    clientId: sso.clientId,
    clientSecret: sso.clientSecret,
    // Auth.js may join an existing account with the same email only because the signIn callback
    // below lets it through when both sides verified the address (lib/server/users/sso-identity.ts).
    allowDangerousEmailAccountLinking: true,
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  adapter: PrismaAdapter(getDb()),
  // Credentials sign-in requires JWT sessions; the adapter stores users and SSO accounts. Each
  // token names a SignInSession row, checked at every request (lib/server/session/).
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  trustHost: true,
  pages: { signIn: '/sign-in', error: '/sign-in' },
  // A wrong password is an everyday event, answered on the form; it is not a server error.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(error);
    },
  },
  providers: [passwordProvider, ssoProvider()].filter((provider): provider is Provider => provider !== null),
  callbacks: {
    signIn: ({ account, profile }) =>
      account?.provider === SSO_PROVIDER_ID
        ? ssoSignInVerdict({
            provider: account.provider,
            providerAccountId: account.providerAccountId,
            email: profile?.email,
            emailVerified: profile?.email_verified,
          })
        : true,
    jwt: jwtCallback,
    session: sessionCallback,
  },
  events: {
    async signIn({ user, account, profile }) {
      if (account?.provider === SSO_PROVIDER_ID && user.id)
        await recordSsoVerifiedEmail({ userId: user.id, email: profile?.email, emailVerified: profile?.email_verified });
    },
    signOut: onSignOut,
  },
}));
