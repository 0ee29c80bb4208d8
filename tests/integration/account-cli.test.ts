// `npm run account -- reset-link` against the test database: the link it prints is the one
// "Forgot your password?" emails (single use), for a server that sends no mail; it verifies
// no address, since it was not sent to one.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { resetPassword } from '@/lib/server/password-reset/reset-password';
import { verifyPassword } from '@/lib/server/users/password';
import { makeUser, uniqueId } from './support/factories';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Runs `npm run account -- …args` as an administrator would (tsx with the react-server condition). */
async function account(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      path.join(ROOT, 'node_modules/.bin/tsx'),
      ['--conditions=react-server', 'scripts/account.ts', ...args],
      { cwd: ROOT, env: { ...process.env, APP_URL: 'https://margin.example.org' }, timeout: 120_000 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run account -- reset-link', () => {
  it('prints a single-use link that sets the password; an unknown address or no address is refused', { timeout: 400_000 }, async () => {
    const user = await makeUser();
    const printed = await account('reset-link', '--email', user.email.toUpperCase());
    expect(printed.code).toBe(0);
    const link = printed.stdout.trim().split('\n').at(-1)!;
    const token = link.match(/^https:\/\/margin\.example\.org\/reset-password\/([\w-]{43})$/)?.[1];
    expect(token).toBeDefined();
    expect(await resetPassword({ token: token!, newPassword: 'set-by-the-admin-link' })).toBe('reset');
    const { passwordHash, emailVerified } = await getDb().user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true, emailVerified: true },
    });
    expect(await verifyPassword(passwordHash!, 'set-by-the-admin-link')).toBe(true);
    expect(emailVerified).toBeNull(); // handed over, not emailed: nobody proved the mailbox
    expect(await resetPassword({ token: token!, newPassword: 'once-more-please' })).toBe('used');

    const unknown = await account('reset-link', '--email', `nobody-${uniqueId()}@example.test`);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/An account for nobody-.* was not found/);
    const usage = await account('reset-link');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Usage:');
  });
});
