// Email verification links against PostgreSQL and a real SMTP server on loopback: issued only
// with SMTP, hashed at rest, single use, expiring; emailed invitations verify too.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { resendVerificationEmail } from '@/lib/server/email-verification/resend-verification-email';
import { sendVerificationEmail } from '@/lib/server/email-verification/send-verification-email';
import { hashLinkToken } from '@/lib/server/links/link-token';
import { verifyEmail } from '@/lib/server/email-verification/verify-email';
import { acceptInvitation } from '@/lib/server/invitations/accept-invitation';
import { createInvitation } from '@/lib/server/invitations/create-invitation';
import { markInvitationEmailed } from '@/lib/server/invitations/mark-invitation-emailed';
import { makeUser, makeWorkspace } from './support/factories';
import { mailText, startSmtpReceiver } from '../support/smtp-receiver';

let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
const APP_URL = 'https://margin.example.org';

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  process.env.APP_URL = APP_URL;
});
beforeEach(() => {
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.APP_URL;
  await smtp.close();
});

const verifiedAt = async (userId: string) =>
  (await getDb().user.findUniqueOrThrow({ where: { id: userId }, select: { emailVerified: true } })).emailVerified;

/** Sends a link to a new account and returns the account and the token read from the email. */
async function emailedLink() {
  const user = await makeUser();
  expect(await sendVerificationEmail({ userId: user.id, email: user.email })).toBe('sent');
  const mail = smtp.received.findLast((received) => received.to.includes(user.email));
  const token = mail && mailText(mail).match(new RegExp(`${APP_URL}/verify-email/([\\w-]{43})`))?.[1];
  if (!token) throw new Error('No verification link was emailed.');
  return { user, token };
}

describe('email verification links', () => {
  it('are neither issued nor sent without SMTP, and the account stays unverified', async () => {
    delete process.env.SMTP_URL;
    const user = await makeUser();
    expect(await sendVerificationEmail({ userId: user.id, email: user.email })).toBe('not_configured');
    expect(await getDb().emailVerification.count({ where: { userId: user.id } })).toBe(0);
    expect(await resendVerificationEmail({ userId: user.id })).toBe('not_configured');
    expect(await verifiedAt(user.id)).toBeNull();
  });

  it('are emailed on the configured address (APP_URL), kept only as a hash, and verify the account once', async () => {
    const { user, token } = await emailedLink();
    const rows = await getDb().emailVerification.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(hashLinkToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(await verifiedAt(user.id)).toBeNull();

    expect(await verifyEmail(token)).toBe('verified');
    expect(await verifiedAt(user.id)).toBeInstanceOf(Date);
    // A second click (or a mail scanner's first one) verifies nothing more and says so.
    expect(await verifyEmail(token)).toBe('already_verified');
  });

  it('verify once when two requests use the same link at the same moment', async () => {
    const { token } = await emailedLink();
    const outcomes = await Promise.all([verifyEmail(token), verifyEmail(token)]);
    expect(outcomes.sort()).toEqual(['already_verified', 'verified']);
  });

  it('cannot be used again, even when the address is no longer verified', async () => {
    const { user, token } = await emailedLink();
    expect(await verifyEmail(token)).toBe('verified');
    await getDb().user.update({ where: { id: user.id }, data: { emailVerified: null } });
    expect(await verifyEmail(token)).toBe('used');
    expect(await verifiedAt(user.id)).toBeNull();
  });

  it('expire after 24 hours', async () => {
    const { user, token } = await emailedLink();
    expect(await verifyEmail(token, new Date(Date.now() + 25 * 60 * 60 * 1000))).toBe('expired');
    expect(await verifiedAt(user.id)).toBeNull();
    expect(await verifyEmail(token)).toBe('verified');
  });

  it('answer "invalid" for unknown or malformed tokens, and for a link sent to an address the account no longer has', async () => {
    const { user, token } = await emailedLink();
    expect(await verifyEmail('A'.repeat(43))).toBe('invalid');
    expect(await verifyEmail('not a token')).toBe('invalid');
    expect(await verifyEmail('x'.repeat(10_000))).toBe('invalid');
    await getDb().user.update({ where: { id: user.id }, data: { email: `moved-${user.email}` } });
    expect(await verifyEmail(token)).toBe('invalid');
    expect(await verifiedAt(user.id)).toBeNull();
  });

  it('are resent a few times an hour at most, and not at all once verified', async () => {
    const user = await makeUser();
    for (let attempt = 0; attempt < 3; attempt++) expect(await resendVerificationEmail({ userId: user.id })).toBe('sent');
    await expect(resendVerificationEmail({ userId: user.id })).rejects.toMatchObject({ code: 'rate_limited' });
    expect(smtp.received.filter((mail) => mail.to.includes(user.email))).toHaveLength(3);

    const { user: verified, token } = await emailedLink();
    await verifyEmail(token);
    expect(await resendVerificationEmail({ userId: verified.id })).toBe('already_verified');
  });
});

describe('accepting an invitation', () => {
  async function invite(email: string, { emailed }: { emailed: boolean }) {
    const inviter = await makeUser();
    const workspace = await makeWorkspace(inviter.id);
    const invitation = await createInvitation({
      actorId: inviter.id,
      actorRole: 'owner',
      workspaceId: workspace.id,
      email,
      role: 'checker',
    });
    if (emailed) await markInvitationEmailed(invitation.id);
    return invitation.path.split('/').at(-1)!;
  }

  it('verifies the address when the invitation was emailed to it', async () => {
    const invitee = await makeUser();
    const token = await invite(invitee.email, { emailed: true });
    await acceptInvitation({ userId: invitee.id, email: invitee.email, token });
    expect(await verifiedAt(invitee.id)).toBeInstanceOf(Date);
  });

  it('does not verify it when the inviter handed the link over (not emailed)', async () => {
    const invitee = await makeUser();
    const token = await invite(invitee.email, { emailed: false });
    await acceptInvitation({ userId: invitee.id, email: invitee.email, token });
    expect(await verifiedAt(invitee.id)).toBeNull();
  });
});
