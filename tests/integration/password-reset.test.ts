// Password reset links against PostgreSQL and a real SMTP server on loopback: one answer for
// every address, issued only with SMTP, hashed at rest, single use, expiring within the hour;
// a reset signs out every browser, stops the account's other links and keeps two-step sign-in.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { requestPasswordResetAction, resetPasswordAction } from '@/lib/actions/password-reset';
import { hashLinkToken } from '@/lib/server/links/link-token';
import { requestPasswordReset } from '@/lib/server/password-reset/request-password-reset';
import { checkPasswordResetLink, resetPassword } from '@/lib/server/password-reset/reset-password';
import { createSignInSession } from '@/lib/server/session/create-sign-in-session';
import { verifyPassword } from '@/lib/server/users/password';
import { makeUser, uniqueId } from './support/factories';
import { mailText, startSmtpReceiver } from '../support/smtp-receiver';

vi.mock('next/headers', async () => {
  const { PEER_ADDRESS_HEADER, peerAddressValue } = await import('@/lib/server/session/peer-address');
  return { headers: async () => new Headers({ [PEER_ADDRESS_HEADER]: peerAddressValue(process.env.TEST_CLIENT_IP ?? '198.51.100.9') }) };
});

let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let testNumber = 0;
const APP_URL = 'https://margin.example.org';
const HOUR = 60 * 60 * 1000;

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  process.env.APP_URL = APP_URL;
});
beforeEach(() => {
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
  // each test asks from its own address, so the per-address limit is the test's own
  process.env.TEST_CLIENT_IP = `198.51.100.${++testNumber}`;
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.APP_URL;
  delete process.env.TEST_CLIENT_IP;
  await smtp.close();
});

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const mailsTo = (email: string) => smtp.received.filter((mail) => mail.to.includes(email));

/** The token of the newest reset link emailed to `email`. */
function emailedToken(email: string) {
  const mail = mailsTo(email).at(-1);
  const token = mail && mailText(mail).match(new RegExp(`${APP_URL}/reset-password/([\\w-]{43})`))?.[1];
  if (!token) throw new Error(`No reset link was emailed to ${email}.`);
  return token;
}

const passwordHash = async (userId: string) =>
  (await getDb().user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } })).passwordHash;

describe('asking for a password reset', () => {
  it('answers an address with and without an account alike; only the account gets a link, kept as a hash', async () => {
    const user = await makeUser();
    const stranger = `nobody-${uniqueId()}@example.test`;
    const forUser = await requestPasswordResetAction(null, form({ email: user.email.toUpperCase() }));
    const forStranger = await requestPasswordResetAction(null, form({ email: stranger }));
    expect(forUser).toEqual({ sent: true, email: user.email.toUpperCase() });
    expect(forStranger).toEqual({ sent: true, email: stranger });

    expect(mailsTo(stranger)).toHaveLength(0);
    const token = emailedToken(user.email);
    const rows = await getDb().passwordReset.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(hashLinkToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0]!.expiresAt.getTime() - rows[0]!.createdAt.getTime()).toBeLessThanOrEqual(HOUR + 1000);
    expect(mailText(mailsTo(user.email).at(-1)!)).toContain('signs the account out of every browser');
  });

  it('issues nothing and says so without SMTP', async () => {
    delete process.env.SMTP_URL;
    const user = await makeUser();
    const state = await requestPasswordResetAction(null, form({ email: user.email }));
    expect(state?.error).toMatch(/cannot send email/);
    expect(await getDb().passwordReset.count({ where: { userId: user.id } })).toBe(0);
  });

  it('refuses a malformed address on the form, changing nothing', async () => {
    const state = await requestPasswordResetAction(null, form({ email: 'not an address' }));
    expect(state?.fieldErrors?.email).toBeDefined();
    expect(state?.sent).toBeUndefined();
    const long = await requestPasswordResetAction(null, form({ email: `${'a'.repeat(100_000)}@example.test` }));
    expect(long?.fieldErrors?.email).toEqual(['Enter a valid email address.']);
  });

  it('is limited per address asked for: the fourth request in an hour is refused, for an account or not', async () => {
    for (const email of [(await makeUser()).email, `nobody-${uniqueId()}@example.test`]) {
      for (let attempt = 0; attempt < 3; attempt++) {
        expect(await requestPasswordResetAction(null, form({ email }))).toEqual({ sent: true, email });
      }
      const refused = await requestPasswordResetAction(null, form({ email }));
      expect(refused?.error).toMatch(/^Too many requests for a password reset\. Try again in \d+ minutes?\.$/);
    }
  });

  it('tells the account it has two-step verification that it stays on', async () => {
    const user = await makeUser();
    await getDb().twoFactor.create({ data: { userId: user.id, secretEncrypted: 'sealed', enabledAt: new Date() } });
    await requestPasswordReset(user.email);
    expect(mailText(mailsTo(user.email).at(-1)!)).toContain('two-step verification stays on');
  });
});

describe('using a reset link', () => {
  async function linkFor(user: { email: string }) {
    expect(await requestPasswordReset(user.email)).toBe('check_email');
    return emailedToken(user.email);
  }

  it('sets the new password once, signs out every browser, ends the other links and verifies the address', async () => {
    const user = await makeUser();
    const sessionId = await createSignInSession({ userId: user.id, userAgent: 'test', ip: '198.51.100.1' });
    const older = await linkFor(user);
    const token = await linkFor(user);
    expect(await checkPasswordResetLink(token)).toBe('valid');

    const done = await resetPasswordAction(
      null,
      form({ token, newPassword: 'a-brand-new-password', confirmPassword: 'a-brand-new-password' }),
    );
    expect(done).toEqual({ done: true });
    const hash = await passwordHash(user.id);
    expect(await verifyPassword(hash!, 'a-brand-new-password')).toBe(true);
    expect(await verifyPassword(hash!, user.password)).toBe(false);

    const sessions = await getDb().signInSession.findMany({ where: { userId: user.id } });
    expect(sessions.map((row) => [row.id, row.revokedAt !== null])).toEqual([[sessionId, true]]);
    expect(await checkPasswordResetLink(older)).toBe('used');
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).toBeInstanceOf(Date);

    const again = await resetPasswordAction(
      null,
      form({ token, newPassword: 'yet-another-password', confirmPassword: 'yet-another-password' }),
    );
    expect(again).toMatchObject({ linkState: 'used' });
    expect(await passwordHash(user.id)).toBe(hash);
  });

  it('sets one password when the form is sent twice at the same moment', async () => {
    const user = await makeUser();
    const token = await linkFor(user);
    const outcomes = await Promise.all([
      resetPassword({ token, newPassword: 'first-new-password' }),
      resetPassword({ token, newPassword: 'second-new-password' }),
    ]);
    expect(outcomes.sort()).toEqual(['reset', 'used']);
    const hash = (await passwordHash(user.id))!;
    const matches = await Promise.all(['first-new-password', 'second-new-password'].map((password) => verifyPassword(hash, password)));
    expect(matches.filter(Boolean)).toHaveLength(1);
  });

  it('refuses an expired link, a link sent to a former address and a made-up one, changing nothing', async () => {
    const user = await makeUser();
    const token = await linkFor(user);
    const hash = await passwordHash(user.id);
    const later = new Date(Date.now() + HOUR + 1000);
    expect(await checkPasswordResetLink(token, later)).toBe('expired');
    expect(await resetPassword({ token, newPassword: 'a-brand-new-password' }, later)).toBe('expired');

    await getDb().user.update({ where: { id: user.id }, data: { email: `moved-${uniqueId()}@example.test` } });
    expect(await resetPassword({ token, newPassword: 'a-brand-new-password' })).toBe('invalid');
    expect(await resetPassword({ token: 'x'.repeat(43), newPassword: 'a-brand-new-password' })).toBe('invalid');
    expect(await resetPassword({ token: '../../etc', newPassword: 'a-brand-new-password' })).toBe('invalid');
    expect(await passwordHash(user.id)).toBe(hash);
  });

  it('keeps the link when the form is refused: a short password or two that differ', async () => {
    const user = await makeUser();
    const token = await linkFor(user);
    const short = await resetPasswordAction(null, form({ token, newPassword: 'short', confirmPassword: 'short' }));
    expect(short?.fieldErrors?.newPassword).toBeDefined();
    const differ = await resetPasswordAction(
      null,
      form({ token, newPassword: 'a-brand-new-password', confirmPassword: 'another-password' }),
    );
    expect(differ?.fieldErrors?.confirmPassword).toEqual(['The two new passwords differ.']);
    expect(await checkPasswordResetLink(token)).toBe('valid');
  });

  it('gives an account without a password (created by single sign-on or a workspace import) its first one', async () => {
    const email = `imported-${uniqueId()}@example.test`;
    const user = await getDb().user.create({ data: { email, name: 'Imported Member' } });
    const token = await linkFor({ email });
    expect(await resetPassword({ token, newPassword: 'a-first-password' })).toBe('reset');
    expect(await verifyPassword((await passwordHash(user.id))!, 'a-first-password')).toBe(true);
  });
});
