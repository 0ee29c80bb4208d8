// An account's security activity against PostgreSQL: each way into the account that changes is
// recorded with the request's browser and address, in the change's own transaction; the list is
// the account's own, newest first; entries past the kept period go.
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { listAccountEvents } from '@/lib/server/account-events/list-account-events';
import { ACCOUNT_EVENTS_KEPT_DAYS, recordAccountEvent } from '@/lib/server/account-events/record-account-event';
import { createApiToken } from '@/lib/server/api-tokens/create-api-token';
import { revokeApiToken } from '@/lib/server/api-tokens/revoke-api-token';
import { issueResetLink } from '@/lib/server/password-reset/issue-reset-link';
import { resetPassword } from '@/lib/server/password-reset/reset-password';
import { jwtCallback } from '@/lib/server/session/auth-callbacks';
import { createSignInSession } from '@/lib/server/session/create-sign-in-session';
import { deviceLabel } from '@/lib/server/session/device-label';
import { revokeOtherSessions, revokeSession } from '@/lib/server/session/revoke-sessions';
import { completeSecondFactor } from '@/lib/server/two-factor/complete-sign-in';
import { disableTwoFactor } from '@/lib/server/two-factor/disable-two-factor';
import { confirmTwoFactorEnrolment, startTwoFactorEnrolment } from '@/lib/server/two-factor/enrol-two-factor';
import { changePassword } from '@/lib/server/users/change-password';
import { totpCode } from '@/lib/two-factor/totp';
import { makeUser, makeWorkspace } from './support/factories';

const USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
vi.mock('next/headers', async () => {
  const { PEER_ADDRESS_HEADER, peerAddressValue } = await import('@/lib/server/session/peer-address');
  return { headers: async () => new Headers({ 'user-agent': USER_AGENT, [PEER_ADDRESS_HEADER]: peerAddressValue('203.0.113.8') }) };
});
process.env.AUTH_SECRET ??= 'integration-test-auth-secret';

const kinds = async (userId: string) => (await listAccountEvents(userId)).map((event) => event.kind).reverse();

describe('security activity', () => {
  it('records sign-in, password, two-step, session and token changes, with the browser and address', async () => {
    const user = await makeUser();
    const workspace = await makeWorkspace(user.id);
    await jwtCallback({ token: {}, user: { id: user.id } });
    await changePassword({ userId: user.id, currentPassword: user.password, newPassword: 'another-long-password' });
    const { secret } = await startTwoFactorEnrolment({ userId: user.id, email: user.email });
    const { recoveryCodes } = await confirmTwoFactorEnrolment({ userId: user.id, code: totpCode(secret) });
    // A sign-in with two-step on is recorded when its second step is given, here a recovery code.
    const token = await jwtCallback({ token: {}, user: { id: user.id } });
    await completeSecondFactor({ userId: user.id, sessionId: token.sid as string, code: recoveryCodes[0]! });
    const other = await createSignInSession({ userId: user.id, userAgent: 'curl/8', ip: '198.51.100.4' });
    await revokeSession({ userId: user.id, sessionId: other });
    await createSignInSession({ userId: user.id, userAgent: 'curl/8', ip: '198.51.100.4' });
    await revokeOtherSessions({ userId: user.id, keepSessionId: token.sid as string });
    expect((await revokeOtherSessions({ userId: user.id, keepSessionId: token.sid as string })).revoked).toBe(0); // nothing to record
    const apiToken = await createApiToken({ userId: user.id, workspace: workspace.slug, name: 'CMS', role: 'viewer', expiresIn: '30' });
    await revokeApiToken({ userId: user.id, tokenId: apiToken.id });
    await disableTwoFactor({ userId: user.id, code: '', password: 'another-long-password' });
    const { link } = await issueResetLink(user, { emailed: true });
    expect(await resetPassword({ token: link.split('/').at(-1)!, newPassword: 'a-third-long-password' })).toBe('reset');

    expect(await kinds(user.id)).toEqual([
      'signed_in',
      'password_changed',
      'two_factor_on',
      'recovery_code_used',
      'session_revoked',
      'other_sessions_signed_out',
      'api_token_created',
      'api_token_revoked',
      'two_factor_off',
      'password_reset',
    ]);
    const events = await listAccountEvents(user.id);
    for (const event of events) expect([event.deviceLabel, event.ip]).toEqual(['Firefox on Linux', '203.0.113.8']);
    const detail = (kind: string) => events.find((event) => event.kind === kind)?.detail;
    expect(detail('session_revoked')).toBe(`${deviceLabel('curl/8')}, 198.51.100.4`);
    expect(detail('other_sessions_signed_out')).toBe('2 browsers'); // the first sign-in's and the one made after the revoke
    expect(detail('api_token_created')).toBe(`“CMS” in ${workspace.name}, as viewer`);
    expect(detail('password_reset')).toBe('by a link sent by email');
    expect(detail('two_factor_off')).toBe('with the password');
  });

  it('records nothing for a refused change', async () => {
    const user = await makeUser();
    await expect(
      changePassword({ userId: user.id, currentPassword: 'wrong-password', newPassword: 'another-long-password' }),
    ).rejects.toThrow();
    const stranger = await makeUser();
    const session = await createSignInSession({ userId: stranger.id, userAgent: null, ip: null });
    await expect(revokeSession({ userId: user.id, sessionId: session })).rejects.toThrow('not found');
    expect(await kinds(user.id)).toEqual([]);
    expect(await kinds(stranger.id)).toEqual([]);
  });

  it('is each account’s own, and keeps 180 days', async () => {
    const [one, two] = [await makeUser(), await makeUser()];
    const old = new Date(Date.now() - (ACCOUNT_EVENTS_KEPT_DAYS + 1) * 86_400_000);
    await recordAccountEvent(getDb(), { userId: one.id, kind: 'signed_in' }, old);
    await recordAccountEvent(getDb(), { userId: two.id, kind: 'signed_in' }, old);
    await recordAccountEvent(getDb(), { userId: one.id, kind: 'password_changed' });
    expect(await kinds(one.id)).toEqual(['password_changed']); // the old entry went with the new one
    expect(await kinds(two.id)).toEqual(['signed_in']); // another account's are not touched
  });
});
