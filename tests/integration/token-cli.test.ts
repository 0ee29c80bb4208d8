// `npm run token` against the test database: a token made on the command line (by the account
// page's server function) works on the API, is listed, and stops working when revoked; the
// account page's rules hold (no role above the member's).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { hashApiToken } from '@/lib/api/tokens';
import { getDb } from '@/lib/db';
import { call, desk, loadApi } from './support/api-client';

vi.mock('@/auth', async () => (await import('./support/session')).mockedAuthModule());
vi.mock('next/cache', () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ origin: 'http://localhost:3000' }) }));

beforeAll(loadApi);

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Runs `npm run token -- …args` as a person would (tsx with the react-server condition), with the test database. */
async function token(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      path.join(ROOT, 'node_modules/.bin/tsx'),
      ['--conditions=react-server', 'scripts/token.ts', ...args],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL }, timeout: 60_000 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run token', () => {
  it('creates a token whose last line works on the API, lists it, and revokes it', { timeout: 400_000 }, async () => {
    const { owner, checker, workspace, document } = await desk();
    const created = await token(
      'create',
      '--email',
      owner.email.toUpperCase(),
      '--workspace',
      workspace.slug,
      '--role',
      'editor',
      '--name',
      'CMS',
    );
    expect(created.code, created.stderr).toBe(0);
    const secret = created.stdout.trim().split('\n').at(-1)!;
    expect(secret).toMatch(/^mgn_/);
    const stored = await getDb().apiToken.findUniqueOrThrow({ where: { tokenHash: hashApiToken(secret) } });
    expect(stored).toMatchObject({ userId: owner.id, role: 'editor', name: 'CMS', revokedAt: null });
    const documents = await call('GET', '/api/v1/documents', { token: secret });
    expect(documents.status).toBe(200);
    expect(documents.json.documents.map((row: { id: string }) => row.id)).toEqual([document.id]);

    const listed = await token('list', '--email', owner.email);
    expect(listed.stdout).toContain(stored.id);
    expect(listed.stdout).not.toContain(secret);
    expect((await token('revoke', '--id', stored.id)).code).toBe(0);
    expect((await call('GET', '/api/v1/documents', { token: secret })).status).toBe(401);

    // the account page's rules: a checker cannot make an editor token; unknown accounts and ids are refused
    const tooHigh = await token('create', '--email', checker.email, '--workspace', workspace.slug, '--role', 'editor', '--name', 'x');
    expect(tooHigh.code).toBe(1);
    expect(tooHigh.stderr).toMatch(/cannot do more than you/);
    expect((await token('revoke', '--id', 'nope')).stderr).toMatch(/was not found/);
    expect((await token('frobnicate')).code).toBe(2);
  });
});
