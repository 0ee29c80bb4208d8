// The live benchmark's desk: one workspace with `members` checkers (each signs in and subscribes)
// and one short document they all have open.
import { getDb } from '@/lib/db';
import { createDocument } from '@/lib/server/documents/create-document';
import { createUser } from '@/lib/server/users/create-user';
import { createWorkspace } from '@/lib/server/workspaces/create-workspace';

export const LIVE_BENCH_TEXT =
  'North Korea has shipped over 16,500 containers of munitions to Russia since 2023, the State Department said.';

export async function seedLiveDesk(members: number) {
  const db = getDb();
  const users: { id: string; email: string; password: string }[] = [];
  for (let index = 0; index < members; index += 1) {
    const email = `bench-live-${index}@example.test`;
    const password = `bench-live-password-${index}`;
    const user = await createUser({ name: `Checker ${index}`, email, password });
    users.push({ id: user.id, email, password });
  }
  const workspace = await createWorkspace({ userId: users[0]!.id, name: 'Live bench desk' });
  await db.membership.createMany({
    data: users.slice(1).map((user) => ({ workspaceId: workspace.id, userId: user.id, role: 'checker' as const })),
  });
  const document = await createDocument({
    workspaceId: workspace.id,
    userId: users[0]!.id,
    title: 'Munitions',
    blocks: [{ type: 'paragraph', text: LIVE_BENCH_TEXT }],
    origin: 'paste',
  });
  const version = await db.documentVersion.findFirstOrThrow({ where: { documentId: document.id }, select: { id: true } });
  const slug = (await db.workspace.findUniqueOrThrow({ where: { id: workspace.id }, select: { slug: true } })).slug;
  return { users, workspace: { id: workspace.id, slug }, document: { id: document.id, versionId: version.id } };
}
