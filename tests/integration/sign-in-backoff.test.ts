// Wrong passwords slow down the address that sends them, with waits that grow, instead of locking
// the account: the owner signs in from elsewhere meanwhile, and a success starts the pair afresh.
// The address is the socket's peer, whatever X-Forwarded-For a client adds (unless the peer is a
// trusted proxy). State in PostgreSQL: lib/server/rate-limit/sign-in-backoff.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { attemptPasswordSignIn } from '@/lib/server/rate-limit/password-attempt';
import { clientIp } from '@/lib/server/session/client-ip';
import { PEER_ADDRESS_HEADER, peerAddressValue } from '@/lib/server/session/peer-address';
import { makeUser, uniqueId } from './support/factories';

const at = (start: Date, seconds: number) => new Date(start.getTime() + seconds * 1000);
const wrong = (email: string) => ({ email, password: `wrong-${uniqueId()}` });
let addressCounter = 0;
const freshAddress = () => `198.51.100.${(addressCounter++ % 250) + 1}`;

/** One attempt: 'ok' (signed in), 'wrong' (refused password) or the wait message. */
async function attempt(input: { email: string; password: string }, address: string, now: Date): Promise<string> {
  try {
    return (await attemptPasswordSignIn(input, address, now)) ? 'ok' : 'wrong';
  } catch (error) {
    return (error as Error).message;
  }
}

afterEach(() => {
  delete process.env.MARGIN_TRUSTED_PROXIES;
});

describe('sign-in backoff', () => {
  it('makes one address wait longer and longer after its third failure', async () => {
    const user = await makeUser();
    const address = freshAddress();
    const start = new Date();
    for (let failure = 0; failure < 3; failure++) expect(await attempt(wrong(user.email), address, start)).toBe('wrong');
    expect(await attempt(wrong(user.email), address, start)).toBe('Too many failed sign-ins. Wait 1 second before trying again.');
    // Even the right password waits: the address has not earned another try yet.
    expect(await attempt(user, address, at(start, 0.5))).toBe('Too many failed sign-ins. Wait 1 second before trying again.');
    let now = at(start, 1);
    const waits: string[] = [];
    for (const seconds of [2, 4, 8, 16]) {
      expect(await attempt(wrong(user.email), address, now)).toBe('wrong');
      waits.push(await attempt(wrong(user.email), address, now));
      now = at(now, seconds);
    }
    expect(waits).toEqual([2, 4, 8, 16].map((seconds) => `Too many failed sign-ins. Wait ${seconds} seconds before trying again.`));
  });

  it("does not slow the owner, from their own address, down for an attacker's failures", async () => {
    const owner = await makeUser();
    const attacker = freshAddress();
    const start = new Date();
    let now = start;
    for (let failure = 0; failure < 12; failure++) {
      const row = await getDb().signInBackoff.findUnique({ where: { key: `pair:${owner.email} ${attacker}` } });
      if (row && row.waitUntil > now) now = row.waitUntil; // the attacker waits out each delay
      expect(await attempt(wrong(owner.email), attacker, now)).toBe('wrong');
    }
    // Twelve failures: the attacker's address now waits minutes…
    expect(await attempt(wrong(owner.email), attacker, now)).toBe('Too many failed sign-ins. Wait 9 minutes before trying again.');
    // …and the owner, from their own address, signs in at once.
    expect(await attempt(owner, '192.0.2.44', now)).toBe('ok');
  });

  it('slows an account attacked from many addresses only a little, never longer than 30 s, and never a fresh address', async () => {
    const owner = await makeUser();
    const now = new Date();
    // One failure from each of 30 addresses: none reaches its own pair's waits.
    for (let index = 0; index < 30; index++) expect(await attempt(wrong(owner.email), `10.${index}.0.1`, now)).toBe('wrong');
    // The owner mistypes once: their next try waits the account's short wait, at most 30 s.
    expect(await attempt(wrong(owner.email), '192.0.2.77', now)).toBe('wrong');
    expect(await attempt(owner, '192.0.2.77', now)).toBe('Too many failed sign-ins. Wait 30 seconds before trying again.');
    expect(await attempt(owner, '192.0.2.77', at(now, 30))).toBe('ok');
    // From an address that has not failed, no wait at all.
    expect(await attempt(owner, '192.0.2.78', now)).toBe('ok');
  });

  it('starts a pair afresh after a success', async () => {
    const user = await makeUser();
    const address = freshAddress();
    const now = new Date();
    for (let failure = 0; failure < 3; failure++) expect(await attempt(wrong(user.email), address, now)).toBe('wrong');
    expect(await attempt(user, address, at(now, 1))).toBe('ok');
    for (let failure = 0; failure < 3; failure++) expect(await attempt(wrong(user.email), address, at(now, 1))).toBe('wrong');
    expect(await attempt(wrong(user.email), address, at(now, 1))).toMatch(/^Too many failed sign-ins\. Wait 1 second/);
  });

  it('lets only the free attempts through when many are sent at once', async () => {
    const user = await makeUser();
    const address = freshAddress();
    const now = new Date();
    const answers = await Promise.all(Array.from({ length: 8 }, () => attempt(wrong(user.email), address, now)));
    expect(answers.filter((answer) => answer === 'wrong')).toHaveLength(3);
    expect(answers.filter((answer) => answer.startsWith('Too many failed sign-ins.'))).toHaveLength(5);
  });
});

describe('the address sign-in limits count', () => {
  const headers = (peer: string, forwardedFor: string) =>
    new Headers({ [PEER_ADDRESS_HEADER]: peerAddressValue(peer), 'x-forwarded-for': forwardedFor });

  it('is the socket peer: a forged X-Forwarded-For from an untrusted peer changes nothing', async () => {
    const user = await makeUser();
    const peer = '198.18.0.9';
    const now = new Date();
    const answers: string[] = [];
    for (let index = 1; index <= 5; index++) {
      answers.push(await attempt(wrong(user.email), clientIp(headers(peer, `203.0.113.${index}`)), now));
    }
    expect(answers).toEqual(['wrong', 'wrong', 'wrong', expect.stringMatching(/^Too many/), expect.stringMatching(/^Too many/)]);
    const buckets = await getDb().rateLimitBucket.findMany({ where: { key: { startsWith: 'signin:ip:' } }, select: { key: true } });
    expect(buckets.map((bucket) => bucket.key)).toContain(`signin:ip:${peer}`);
    expect(buckets.map((bucket) => bucket.key).filter((key) => key.startsWith('signin:ip:203.0.113.'))).toEqual([]);
  });

  it('is what a trusted proxy forwarded, when the peer is one', async () => {
    process.env.MARGIN_TRUSTED_PROXIES = '198.18.0.0/24';
    const user = await makeUser();
    const now = new Date();
    const answers: string[] = [];
    for (let index = 1; index <= 5; index++) {
      answers.push(await attempt(wrong(user.email), clientIp(headers('198.18.0.1', `6.6.6.6, 192.0.2.${100 + index}`)), now));
    }
    expect(answers).toEqual(['wrong', 'wrong', 'wrong', 'wrong', 'wrong']);
    expect(await getDb().signInBackoff.count({ where: { key: { startsWith: `pair:${user.email} 192.0.2.` } } })).toBe(5);
  });
});
