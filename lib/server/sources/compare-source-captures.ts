import 'server-only';
import { getDb } from '@/lib/db';
import { getSourceCapture } from './get-source-capture';

type Scope = { userId: string; workspaceId: string; sourceId: string };

/**
 * Two captures of a source to compare: `captureId` and the one named by `withId`, or else the
 * previous capture that has a text. `earlier` is null when there is nothing to compare with.
 */
export async function compareSourceCaptures(scope: Scope & { captureId: string; withId?: string }) {
  const later = await getSourceCapture(scope);
  const earlierId = scope.withId ?? later.previousId;
  const earlier = earlierId ? await getSourceCapture({ ...scope, captureId: earlierId }) : null;
  // Every capture of the source with a text, to choose another one to compare with.
  const choices = await getDb().sourceCapture.findMany({
    where: { sourceId: later.sourceId, text: { not: null } },
    orderBy: [{ capturedAt: 'desc' }, { id: 'desc' }],
    select: { id: true, capturedAt: true },
    take: 200,
  });
  return { later, earlier, choices };
}
