import 'server-only';
import { getDb } from '@/lib/db';
import { markEmailVerified } from './mark-email-verified';

/** The claims of an OpenID Connect sign-in that decide which Margin account it opens. */
export type SsoIdentity = { provider: string; providerAccountId: string; email?: unknown; emailVerified?: unknown };

/**
 * `signed_in`: the provider identity is already tied to an account. `new_account`: no account has
 * the email; Auth.js creates one. `linked`: the account with the email is joined — both sides
 * verified the address. `unverified`: an account has the email but one side has not verified it.
 * `no_email`: the provider shared no email.
 */
export type SsoDecision = 'signed_in' | 'new_account' | 'linked' | 'unverified' | 'no_email';

/** Messages on the sign-in page for a refused single sign-on (`?error=<code>`). */
export const SSO_REFUSAL = {
  SsoEmailNotVerified:
    'An account with this email already exists. Sign in with your password and verify your email address first; single sign-on then joins that account.',
  SsoNoEmail: 'Your sign-in service did not share an email address, which Margin needs.',
} as const;

/** `email_verified` as providers send it: a JSON boolean, or the string "true" (AWS Cognito). */
export const isProviderVerified = (claim: unknown) => claim === true || claim === 'true';

const normalEmail = (email: unknown) => (typeof email === 'string' && email.trim() ? email.trim().toLowerCase() : null);

/**
 * Who may sign in through single sign-on, and as whom. An email match alone opens nothing: a
 * provider that does not check its addresses, or an account someone registered with another
 * person's address, must not hand one person the other's account.
 */
export async function decideSsoSignIn(identity: SsoIdentity): Promise<SsoDecision> {
  const db = getDb();
  const account = await db.account.findUnique({
    where: { provider_providerAccountId: { provider: identity.provider, providerAccountId: identity.providerAccountId } },
    select: { id: true },
  });
  if (account) return 'signed_in';
  const email = normalEmail(identity.email);
  if (!email) return 'no_email';
  const user = await db.user.findUnique({ where: { email }, select: { emailVerified: true } });
  if (!user) return 'new_account';
  return isProviderVerified(identity.emailVerified) && user.emailVerified ? 'linked' : 'unverified';
}

/** The Auth.js `signIn` callback's answer: true, or the sign-in page with the reason. */
export async function ssoSignInVerdict(identity: SsoIdentity): Promise<true | string> {
  const decision = await decideSsoSignIn(identity);
  if (decision === 'unverified') return '/sign-in?error=SsoEmailNotVerified';
  if (decision === 'no_email') return '/sign-in?error=SsoNoEmail';
  return true;
}

/**
 * After a single sign-on: the provider vouches for the address (`email_verified`), so the account
 * with that very address counts as verified — a new one starts verified.
 */
export async function recordSsoVerifiedEmail({ userId, email, emailVerified }: { userId: string; email: unknown; emailVerified: unknown }) {
  const address = normalEmail(email);
  if (!address || !isProviderVerified(emailVerified)) return false;
  return getDb().$transaction((tx) => markEmailVerified(tx, { userId, email: address }));
}
