import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import type { Provider } from 'next-auth/providers';
import { PrismaAdapter } from '@auth/prisma-adapter';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { ZSignIn } from '@/lib/schemas/auth';
import { readSsoConfig, SSO_PROVIDER_ID } from '@/lib/sso-config';
import { signInLimits } from '@/lib/server/rate-limit/auth-limits';
import { assertWithinLimits, countAttempt } from '@/lib/server/rate-limit/rate-limit';
import { jwtCallback, onSignOut, sessionCallback } from '@/lib/server/session/auth-callbacks';
import { clientIp } from '@/lib/server/session/client-ip';
import { SESSION_MAX_AGE_SECONDS } from '@/lib/server/session/create-sign-in-session';
import { verifyCredentials } from '@/lib/server/users/verify-credentials';

/** Sign-in refused because of too many attempts; `message` says how long to wait. */
export class SignInRateLimited extends CredentialsSignin {
  code = 'rate_limited';
  constructor(readonly waitMessage: string) {
    super();
  }
}

/**
 * Password sign-in, limited per account (failures) and per address (attempts). The limits live
 * here, not in the form's action, because Auth.js also accepts credentials at its own endpoint.
 */
const passwordProvider = Credentials({
  credentials: { email: { label: 'Email' }, password: { label: 'Password', type: 'password' } },
  async authorize(raw, request) {
    const parsed = ZSignIn.safeParse(raw);
    if (!parsed.success) throw new CredentialsSignin();
    const limits = signInLimits({ email: parsed.data.email, ip: clientIp(request.headers) });
    try {
      await assertWithinLimits([limits.account, limits.ip]);
    } catch (error) {
      if (error instanceof AppError) throw new SignInRateLimited(error.message);
      throw error;
    }
    await countAttempt([limits.ip]);
    const user = await verifyCredentials(parsed.data);
    if (!user) {
      await countAttempt([limits.account]);
      throw new CredentialsSignin();
    }
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
    // The provider is the newsroom's own identity service, configured by the operator: an
    // account it vouches for joins the Margin account with the same email.
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
  callbacks: { jwt: jwtCallback, session: sessionCallback },
  events: { signOut: onSignOut },
}));
