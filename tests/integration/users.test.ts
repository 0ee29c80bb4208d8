import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { createUser } from '@/lib/server/users/create-user';
import { verifyCredentials } from '@/lib/server/users/verify-credentials';
import { makeUser, uniqueId } from './support/factories';

describe('users and passwords', () => {
  it('stores an argon2id hash, never the password', async () => {
    const user = await makeUser();
    const row = await getDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(user.password);
  });

  it('leaves the hash out of every query that does not ask for it', async () => {
    const user = await makeUser();
    const row = await getDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).not.toHaveProperty('passwordHash');
    expect(await verifyCredentials({ email: user.email, password: user.password })).toEqual({
      id: user.id,
      email: user.email,
      name: user.name,
    });
  });

  it('answers the same null for a wrong password and for an unknown email', async () => {
    const user = await makeUser();
    expect(await verifyCredentials({ email: user.email, password: 'not-the-password' })).toBeNull();
    expect(await verifyCredentials({ email: `nobody-${uniqueId()}@example.test`, password: user.password })).toBeNull();
  });

  it('refuses a second account with the same email as a conflict, creating nothing', async () => {
    const user = await makeUser();
    const attempt = createUser({ name: 'Someone else', email: user.email, password: 'another-password' });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: 'conflict' });
    expect(await getDb().user.count({ where: { email: user.email } })).toBe(1);
  });
});
