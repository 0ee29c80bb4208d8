import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { recordActivity } from '../activity/record-activity';

/** The colour of a tag an import brings into the workspace (slate: neutral until someone picks one). */
export const IMPORTED_TAG_COLOR = '#64748b';

/**
 * The workspace's tags with these names, by name: existing ones matched exactly, missing ones
 * created (each with an Activity entry), inside the import's transaction.
 */
export async function resolveImportedTags(
  tx: DbTransaction,
  { workspaceId, userId, names }: { workspaceId: string; userId: string; names: string[] },
) {
  const wanted = [...new Set(names)];
  if (!wanted.length) return new Map<string, string>();
  const existing = await tx.tag.findMany({ where: { workspaceId, name: { in: wanted } }, select: { id: true, name: true } });
  const known = new Set(existing.map((tag) => tag.name));
  const missing = wanted.filter((name) => !known.has(name));
  if (missing.length) {
    const created = await tx.tag.createManyAndReturn({
      data: missing.map((name) => ({ workspaceId, name, color: IMPORTED_TAG_COLOR })),
      skipDuplicates: true,
      select: { id: true, name: true },
    });
    for (const tag of created) {
      await recordActivity(tx, {
        workspaceId,
        actorId: userId,
        action: 'tag.created',
        entityType: 'Tag',
        entityId: tag.id,
        after: { name: tag.name, color: IMPORTED_TAG_COLOR, parentId: null, imported: true },
      });
    }
    existing.push(...created);
    // Created meanwhile by someone else (skipped as duplicates): theirs are the same tags.
    if (created.length < missing.length) {
      existing.push(
        ...(await tx.tag.findMany({
          where: { workspaceId, name: { in: missing.filter((name) => !created.some((tag) => tag.name === name)) } },
          select: { id: true, name: true },
        })),
      );
    }
  }
  return new Map(existing.map((tag) => [tag.name, tag.id]));
}
