import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { DEMO } from '@/prisma/demo';
import { seedDemo } from '@/prisma/seed';
import { verifyCredentials } from '@/lib/server/users/verify-credentials';

async function countAll() {
  const db = getDb();
  const [users, workspaces, documents, versions, memberships] = await Promise.all([
    db.user.count(),
    db.workspace.count(),
    db.document.count(),
    db.documentVersion.count(),
    db.membership.count(),
  ]);
  return { users, workspaces, documents, versions, memberships };
}

describe('demo content', () => {
  it('creates the demo user, workspace and article once, and nothing on a second run', async () => {
    await seedDemo();
    const afterFirst = await countAll();
    expect(await seedDemo()).toEqual([]);
    expect(await countAll()).toEqual(afterFirst);
  });

  it('lets the demo user sign in and read the article in the demo workspace', async () => {
    await seedDemo();
    const user = await verifyCredentials({ email: DEMO.email, password: DEMO.password });
    expect(user).not.toBeNull();
    const document = await getDb().document.findFirstOrThrow({
      where: { workspace: { slug: DEMO.workspaceSlug, memberships: { some: { userId: user!.id, role: 'owner' } } } },
      select: { title: true, versions: { select: { plainText: true, origin: true } } },
    });
    expect(document.title).toBe(DEMO.documentTitle);
    expect(document.versions).toHaveLength(1);
    expect(document.versions[0]!.origin).toBe('seed');
    expect(document.versions[0]!.plainText).toContain('over 16,500 containers of munitions');
  });
});
