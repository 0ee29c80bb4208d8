import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { checkSource } from './check-source';

/**
 * "Check now" / "Capture now" on a source of the workspace (the caller's role is checked by the
 * action). Another workspace's source is not found.
 */
export async function checkSourceNow({
  workspaceId,
  sourceId,
  mode,
}: {
  workspaceId: string;
  sourceId: string;
  mode: 'check' | 'capture';
}) {
  const source = await getDb().source.findFirst({ where: { id: sourceId, workspaceId }, select: { id: true } });
  if (!source) throw notFound('This source');
  return checkSource(source.id, { trigger: 'manual', capture: mode === 'capture' });
}
