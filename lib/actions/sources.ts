'use server';

import { workspaceAction } from '@/lib/actions/define-action';
import { ZSourceRef } from '@/lib/schemas/source-check';
import { checkSourceNow } from '@/lib/server/sources/check-source-now';

/** "Check now": fetch the page at once; a capture is kept only when its text or its status changed. */
export const checkSourceAction = workspaceAction('source.check', ZSourceRef, async ({ membership, input }) =>
  checkSourceNow({ workspaceId: membership.workspace.id, sourceId: input.sourceId, mode: 'check' }),
);

/** "Capture now": fetch the page at once and keep a capture whatever it says (it also acknowledges a change). */
export const captureSourceAction = workspaceAction('source.check', ZSourceRef, async ({ membership, input }) =>
  checkSourceNow({ workspaceId: membership.workspace.id, sourceId: input.sourceId, mode: 'capture' }),
);
