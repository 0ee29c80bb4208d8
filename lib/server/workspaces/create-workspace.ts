import 'server-only';
import { recordActivity } from '@/lib/server/activity/record-activity';
import { randomBytes } from 'node:crypto';
import { getDb } from '@/lib/db';
import type { TCreateWorkspace } from '@/lib/schemas/workspace';

function slugify(name: string) {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|(?<!-)-+$/g, '')
    .slice(0, 40);
  return base || 'workspace';
}

/** Creates a workspace with `userId` as its owner; the slug gets a suffix when taken. */
export async function createWorkspace({ userId, name, slug }: TCreateWorkspace & { userId: string; slug?: string }) {
  const db = getDb();
  const base = slug ?? slugify(name);
  const taken = await db.workspace.findUnique({ where: { slug: base }, select: { id: true } });
  const finalSlug = taken ? `${base}-${randomBytes(3).toString('hex')}` : base;
  return db.$transaction(async (tx) => {
    const workspace = await tx.workspace.create({
      data: { name, slug: finalSlug, memberships: { create: { userId, role: 'owner' } } },
      select: { id: true, slug: true, name: true },
    });
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actorId: userId,
      action: 'workspace.created',
      entityType: 'Workspace',
      entityId: workspace.id,
      after: { name, slug: finalSlug, ownerId: userId },
    });
    return workspace;
  });
}
