// Two-factor authentication: enrolment, one-use codes, recovery codes, the second step of signing
// in, and workspaces that require it (actions, cookie routes and API tokens).
import { describe, expect, it, vi } from 'vitest';
import { GET as documentsApi } from '@/app/api/v1/documents/route';
import { GET as workspaceLive } from '@/app/api/w/[workspace]/live/route';
import { confirmTwoFactorAction, disableTwoFactorAction } from '@/lib/actions/two-factor';
import { verifySecondFactorAction } from '@/lib/actions/two-factor-sign-in';
import { renameWorkspaceAction, setRequireTwoFactorAction } from '@/lib/actions/workspaces';
import { getDb } from '@/lib/db';
import { createApiToken } from '@/lib/server/api-tokens/create-api-token';
import { jwtCallback } from '@/lib/server/session/auth-callbacks';
import { createSignInSession } from '@/lib/server/session/create-sign-in-session';
import { getCurrentUser, requireActionUser } from '@/lib/server/session/current-user';
import { checkSecondFactor } from '@/lib/server/two-factor/check-second-factor';
import { confirmTwoFactorEnrolment, startTwoFactorEnrolment } from '@/lib/server/two-factor/enrol-two-factor';
import { decryptSecret } from '@/lib/server/crypto/secret-box';
import { totpCode } from '@/lib/two-factor/totp';
import { addMember, makeUser, makeWorkspace } from './support/factories';
import { actAs, actAsSession, currentTestSessionId } from './support/session';

vi.mock('@/auth', async () => (await import('./support/session')).mockedAuthModule());
vi.mock('next/cache', () => ({ refresh: () => {} }));
vi.mock('next/headers', async () => {
  const { PEER_ADDRESS_HEADER, peerAddressValue } = await import('@/lib/server/session/peer-address');
  return { headers: async () => new Headers({ 'user-agent': 'test', [PEER_ADDRESS_HEADER]: peerAddressValue('203.0.113.5') }) };
});
process.env.AUTH_SECRET ??= 'integration-test-auth-secret';

const db = () => getDb();
const STEP = 30_000;

async function enrolled() {
  const user = await makeUser();
  const { secret, qrDataUrl } = await startTwoFactorEnrolment({ userId: user.id, email: user.email });
  const { recoveryCodes } = await confirmTwoFactorEnrolment({ userId: user.id, code: totpCode(secret) });
  return { user, secret, qrDataUrl, recoveryCodes };
}

const formData = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

async function as<T>(userId: string, work: () => Promise<T>): Promise<T> {
  actAs(userId);
  try {
    return await work();
  } finally {
    actAs(null);
  }
}

describe('two-factor enrolment', () => {
  it('stores the secret encrypted, confirms with a code, and answers ten recovery codes', async () => {
    const user = await makeUser();
    const { secret, qrDataUrl } = await startTwoFactorEnrolment({ userId: user.id, email: user.email });
    expect(qrDataUrl).toMatch(/^data:image\/png;base64,/);
    const row = await db().twoFactor.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row.secretEncrypted).not.toContain(secret);
    expect(decryptSecret(row.secretEncrypted)).toBe(secret);
    expect(row.enabledAt).toBeNull();

    await expect(
      confirmTwoFactorEnrolment({ userId: user.id, code: '000000' === totpCode(secret) ? '111111' : '000000' }),
    ).rejects.toMatchObject({
      code: 'invalid',
    });
    const { recoveryCodes } = await confirmTwoFactorEnrolment({ userId: user.id, code: totpCode(secret) });
    expect(new Set(recoveryCodes).size).toBe(10);
    expect((await db().twoFactor.findUniqueOrThrow({ where: { userId: user.id } })).enabledAt).not.toBeNull();
    const stored = await db().twoFactorRecoveryCode.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(10);
    expect(stored.some((code) => recoveryCodes.includes(code.codeHash))).toBe(false);
    await expect(startTwoFactorEnrolment({ userId: user.id, email: user.email })).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('turning two-factor on from the account page', () => {
  it('ends every other session of the account', async () => {
    const user = await makeUser();
    const other = await createSignInSession({ userId: user.id, userAgent: null, ip: null });
    const { secret } = await startTwoFactorEnrolment({ userId: user.id, email: user.email });
    actAs(user.id);
    try {
      const current = (await currentTestSessionId())!;
      const result = await confirmTwoFactorAction({ code: totpCode(secret) });
      expect(result.ok && result.data.recoveryCodes).toHaveLength(10);
      const rows = await db().signInSession.findMany({ where: { id: { in: [current, other] } } });
      expect(Object.fromEntries(rows.map((row) => [row.id, row.revokedAt === null]))).toEqual({ [current]: true, [other]: false });
    } finally {
      actAs(null);
    }
  });
});

describe('second-factor codes', () => {
  it('accepts a code once: the same step, or an earlier one, is refused', async () => {
    const { user, secret } = await enrolled();
    // The enrolment used the current step; the next one (clock drift allowed) works once.
    const next = totpCode(secret, Date.now() + STEP);
    await expect(checkSecondFactor({ userId: user.id, code: next })).resolves.toBe('totp');
    await expect(checkSecondFactor({ userId: user.id, code: next })).rejects.toMatchObject({ code: 'invalid' });
    await expect(checkSecondFactor({ userId: user.id, code: totpCode(secret) })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('accepts a recovery code once, typed in any case', async () => {
    const { user, recoveryCodes } = await enrolled();
    const [code = ''] = recoveryCodes;
    await expect(checkSecondFactor({ userId: user.id, code: code.toUpperCase() })).resolves.toBe('recovery');
    await expect(checkSecondFactor({ userId: user.id, code })).rejects.toMatchObject({ code: 'invalid' });
    expect(await db().twoFactorRecoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(9);
  });

  it('counts wrong codes, and past ten even a right one waits', async () => {
    const { user, secret } = await enrolled();
    const right = totpCode(secret, Date.now() + STEP);
    const wrong = right === '123456' ? '654321' : '123456';
    for (let attempt = 0; attempt < 10; attempt++) {
      await expect(checkSecondFactor({ userId: user.id, code: wrong })).rejects.toMatchObject({ code: 'invalid' });
    }
    await expect(checkSecondFactor({ userId: user.id, code: right })).rejects.toMatchObject({ code: 'rate_limited' });
  });

  it('refuses codes of an account without two-factor, and oversized input', async () => {
    const user = await makeUser();
    await expect(checkSecondFactor({ userId: user.id, code: '123456' })).rejects.toMatchObject({ code: 'invalid' });
    const { user: other } = await enrolled();
    await expect(checkSecondFactor({ userId: other.id, code: '1'.repeat(10_000) })).rejects.toMatchObject({ code: 'invalid' });
  });
});

describe('signing in with two-factor', () => {
  it('keeps a new session waiting until the code is given', async () => {
    const { user, secret } = await enrolled();
    const token = await jwtCallback({ token: {}, user: { id: user.id } });
    const sessionId = token.sid!;
    expect((await db().signInSession.findUniqueOrThrow({ where: { id: sessionId } })).needsSecondFactor).toBe(true);

    actAsSession(user.id, sessionId);
    try {
      expect(await getCurrentUser()).toBeNull();
      await expect(requireActionUser()).rejects.toMatchObject({ code: 'unauthorized', message: expect.stringMatching(/authenticator/) });
      expect(await verifySecondFactorAction(null, formData({ code: '12' }))).toMatchObject({ error: expect.any(String) });
      await expect(
        verifySecondFactorAction(null, formData({ code: totpCode(secret, Date.now() + STEP), callbackUrl: '/account' })),
      ).rejects.toMatchObject({
        digest: expect.stringContaining('/account'),
      });
      expect(await getCurrentUser()).toMatchObject({ id: user.id });
      // Signed in now: the form has nothing left to do.
      expect(await verifySecondFactorAction(null, formData({ code: '123456' }))).toEqual({ error: 'Sign in first.' });
    } finally {
      actAs(null);
    }
  });

  it('signs in with a recovery code, and a session of an account without two-factor does not wait', async () => {
    const { user, recoveryCodes } = await enrolled();
    const { sid } = await jwtCallback({ token: {}, user: { id: user.id } });
    actAsSession(user.id, sid!);
    try {
      await expect(verifySecondFactorAction(null, formData({ code: recoveryCodes[3] ?? '' }))).rejects.toMatchObject({
        digest: expect.stringContaining('NEXT_REDIRECT'),
      });
      expect(await getCurrentUser()).toMatchObject({ id: user.id });
    } finally {
      actAs(null);
    }
    const plain = await makeUser();
    const token = await jwtCallback({ token: {}, user: { id: plain.id } });
    expect((await db().signInSession.findUniqueOrThrow({ where: { id: token.sid! } })).needsSecondFactor).toBe(false);
  });

  it('turns off with the password or a code, not with a wrong password', async () => {
    const { user } = await enrolled();
    expect(await as(user.id, () => disableTwoFactorAction({ password: 'wrong-password' }))).toMatchObject({ ok: false, code: 'invalid' });
    expect(await as(user.id, () => disableTwoFactorAction({}))).toMatchObject({ ok: false, code: 'invalid' });
    expect(await as(user.id, () => disableTwoFactorAction({ password: user.password }))).toMatchObject({ ok: true });
    expect(await db().twoFactor.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().twoFactorRecoveryCode.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe('workspaces that require two-factor', () => {
  it('are switched on only by an owner who has it', async () => {
    const owner = await makeUser();
    const workspace = await makeWorkspace(owner.id);
    expect(await as(owner.id, () => setRequireTwoFactorAction({ workspace: workspace.slug, requireTwoFactor: true }))).toMatchObject({
      ok: false,
      code: 'conflict',
    });
  });

  it('refuse members without it in actions, cookie routes and API tokens, and let them in once enrolled', async () => {
    const { user: owner } = await enrolled();
    const workspace = await makeWorkspace(owner.id);
    const member = await makeUser();
    await addMember(workspace.id, member.id, 'owner');
    const token = await createApiToken({ userId: member.id, workspace: workspace.slug, name: 'CMS', role: 'viewer', expiresIn: '30' });
    expect(await as(owner.id, () => setRequireTwoFactorAction({ workspace: workspace.slug, requireTwoFactor: true }))).toEqual({
      ok: true,
      data: { requireTwoFactor: true },
    });

    const rename = () => renameWorkspaceAction({ workspace: workspace.slug, version: 1, name: 'Renamed desk' });
    const refused = await as(member.id, rename);
    expect(refused).toMatchObject({ ok: false, code: 'forbidden', error: expect.stringMatching(/requires two-factor authentication/) });

    const live = await as(member.id, () =>
      workspaceLive(new Request(`http://localhost:3000/api/w/${workspace.slug}/live`, { signal: AbortSignal.abort() }), {
        params: Promise.resolve({ workspace: workspace.slug }),
      }),
    );
    expect(live.status).toBe(403);

    const api = () =>
      documentsApi(new Request('http://localhost:3000/api/v1/documents', { headers: { authorization: `Bearer ${token.secret}` } }), {
        params: Promise.resolve({}),
      });
    const apiRefused = await api();
    expect(apiRefused.status).toBe(403);
    expect(await apiRefused.json()).toMatchObject({
      code: 'forbidden',
      error: expect.stringMatching(/requires two-factor authentication/),
    });

    // The owner, who has it, is not refused; the member is, until they turn it on.
    expect(await as(owner.id, () => renameWorkspaceAction({ workspace: workspace.slug, version: 1, name: 'Owner renamed' }))).toMatchObject(
      { ok: true },
    );
    const { secret } = await startTwoFactorEnrolment({ userId: member.id, email: member.email });
    await confirmTwoFactorEnrolment({ userId: member.id, code: totpCode(secret) });
    expect(
      await as(member.id, () => renameWorkspaceAction({ workspace: workspace.slug, version: 2, name: 'Member renamed' })),
    ).toMatchObject({ ok: true });
    expect((await api()).status).toBe(200);
  });
});
