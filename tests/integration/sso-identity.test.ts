// Which Margin account a single sign-on opens: the decision the Auth.js signIn callback asks
// (auth.ts → lib/server/users/sso-identity.ts), against PostgreSQL.
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { decideSsoSignIn, recordSsoVerifiedEmail, ssoSignInVerdict } from '@/lib/server/users/sso-identity';
import { makeUser, uniqueId } from './support/factories';

const PROVIDER = 'oidc';

async function existingAccount({ verified }: { verified: boolean }) {
  const user = await makeUser();
  if (verified) await getDb().user.update({ where: { id: user.id }, data: { emailVerified: new Date() } });
  return user;
}

const identity = (email: unknown, emailVerified: unknown) => ({
  provider: PROVIDER,
  providerAccountId: `sub-${uniqueId()}`,
  email,
  emailVerified,
});

describe('single sign-on with the email of an existing account', () => {
  it.each([
    { provider: true, margin: true, decision: 'linked' },
    { provider: true, margin: false, decision: 'unverified' },
    { provider: false, margin: true, decision: 'unverified' },
    { provider: false, margin: false, decision: 'unverified' },
  ])('provider verified: $provider, Margin verified: $margin → $decision', async ({ provider, margin, decision }) => {
    const user = await existingAccount({ verified: margin });
    expect(await decideSsoSignIn(identity(user.email, provider))).toBe(decision);
  });

  it('refuses with the sign-in page and its reason, never as the account', async () => {
    const user = await existingAccount({ verified: false });
    expect(await ssoSignInVerdict(identity(user.email, true))).toBe('/sign-in?error=SsoEmailNotVerified');
    expect(await ssoSignInVerdict(identity(user.email.toUpperCase(), false))).toBe('/sign-in?error=SsoEmailNotVerified');
  });

  it('matches the email whatever its case, and takes the claim as a boolean or the string "true" only', async () => {
    const user = await existingAccount({ verified: true });
    expect(await decideSsoSignIn(identity(` ${user.email.toUpperCase()} `, 'true'))).toBe('linked');
    expect(await decideSsoSignIn(identity(user.email, 'yes'))).toBe('unverified');
    expect(await decideSsoSignIn(identity(user.email, undefined))).toBe('unverified');
    expect(await ssoSignInVerdict(identity(user.email, true))).toBe(true);
  });
});

describe('single sign-on otherwise', () => {
  it('signs in the account the provider identity is already tied to, whatever the claims', async () => {
    const user = await existingAccount({ verified: false });
    const tied = identity(user.email, false);
    await getDb().account.create({
      data: { userId: user.id, type: 'oidc', provider: PROVIDER, providerAccountId: tied.providerAccountId },
    });
    expect(await decideSsoSignIn(tied)).toBe('signed_in');
    // The same subject at another provider is not that identity.
    expect(await decideSsoSignIn({ ...tied, provider: 'other' })).toBe('unverified');
  });

  it('lets a new address create an account, and refuses a sign-in without an email', async () => {
    expect(await decideSsoSignIn(identity(`new-${uniqueId()}@example.test`, false))).toBe('new_account');
    expect(await decideSsoSignIn(identity(undefined, true))).toBe('no_email');
    expect(await ssoSignInVerdict(identity('', true))).toBe('/sign-in?error=SsoNoEmail');
  });

  it('marks the account verified after a sign-in the provider vouches for, only for that very address', async () => {
    const user = await existingAccount({ verified: false });
    expect(await recordSsoVerifiedEmail({ userId: user.id, email: user.email, emailVerified: false })).toBe(false);
    expect(await recordSsoVerifiedEmail({ userId: user.id, email: `other-${user.email}`, emailVerified: true })).toBe(false);
    const row = () => getDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { emailVerified: true } });
    expect((await row()).emailVerified).toBeNull();
    expect(await recordSsoVerifiedEmail({ userId: user.id, email: user.email.toUpperCase(), emailVerified: true })).toBe(true);
    expect((await row()).emailVerified).toBeInstanceOf(Date);
  });
});
