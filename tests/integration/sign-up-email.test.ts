// Sign-up through its server action: with SMTP it answers the same for a new and a taken address
// (the mailbox learns which), without SMTP it keeps the demo's behaviour.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { signIn } from '@/auth';
import { getDb } from '@/lib/db';
import { signUpAction } from '@/lib/actions/auth';
import { makeUser, uniqueId } from './support/factories';
import { mailText, startSmtpReceiver } from '../support/smtp-receiver';

vi.mock('@/auth', async () => (await import('./support/session')).mockedAuthModule());
vi.mock('next/headers', async () => {
  const { PEER_ADDRESS_HEADER, peerAddressValue } = await import('@/lib/server/session/peer-address');
  return { headers: async () => new Headers({ [PEER_ADDRESS_HEADER]: peerAddressValue('198.51.100.7') }) };
});

let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;

beforeAll(async () => {
  smtp = await startSmtpReceiver();
});
beforeEach(() => {
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
  vi.mocked(signIn).mockClear();
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.close();
});

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const signUp = (email: string) =>
  signUpAction(null, form({ name: 'Sam Sign-up', email, password: 'a-long-enough-password', callbackUrl: '' }));
const mailTo = (email: string) => smtp.received.filter((mail) => mail.to.includes(email));

describe('sign-up with SMTP configured', () => {
  it('answers a new and a taken address alike; the new one gets a link, the taken one a note', async () => {
    const fresh = `new-${uniqueId()}@example.test`;
    const taken = (await makeUser()).email;

    const forFresh = await signUp(fresh);
    const forTaken = await signUp(taken);
    expect(forFresh).toEqual({ checkEmail: true, email: fresh });
    expect(forTaken).toEqual({ checkEmail: true, email: taken });
    expect(signIn).not.toHaveBeenCalled();

    const account = await getDb().user.findUniqueOrThrow({ where: { email: fresh }, select: { emailVerified: true } });
    expect(account.emailVerified).toBeNull();
    expect(await getDb().user.count({ where: { email: taken } })).toBe(1);

    expect(mailTo(fresh)).toHaveLength(1);
    expect(mailText(mailTo(fresh)[0]!)).toMatch(/\/verify-email\/[\w-]{43}/);
    expect(mailTo(taken)).toHaveLength(1);
    expect(mailTo(taken)[0]!.body).toContain('Subject: Someone tried to create a Margin account with your address');
    expect(mailText(mailTo(taken)[0]!)).not.toMatch(/verify-email/);
  });

  it('still refuses invalid input on the form', async () => {
    expect(await signUpAction(null, form({ name: '', email: 'not-an-email', password: 'short' }))).toMatchObject({
      fieldErrors: { email: expect.any(Array), password: expect.any(Array) },
    });
  });
});

describe('sign-up without SMTP (the demo)', () => {
  it('signs a new account in, and says on the form that a taken address has an account', async () => {
    delete process.env.SMTP_URL;
    const fresh = `new-${uniqueId()}@example.test`;
    expect(await signUp(fresh)).toBeNull();
    expect(signIn).toHaveBeenCalledWith('credentials', expect.objectContaining({ email: fresh }));
    expect(await signUp(fresh)).toMatchObject({ error: expect.stringContaining('already exists') });
    expect(mailTo(fresh)).toHaveLength(0);
  });
});
