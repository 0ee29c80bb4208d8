'use server';

import { workspaceAction } from '@/lib/actions/define-action';
import { ZCreateAnnotation, ZDeleteAnnotation, ZReattachAnnotation } from '@/lib/schemas/annotations';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { deleteAnnotation } from '@/lib/server/annotations/delete-annotation';
import { reattachAnnotation } from '@/lib/server/annotations/reattach-annotation';

export const createAnnotationAction = workspaceAction('annotation.create', ZCreateAnnotation, async ({ user, membership, input }) =>
  createAnnotation({ workspaceId: membership.workspace.id, userId: user.id, ...input }),
);

export const reattachAnnotationAction = workspaceAction('annotation.create', ZReattachAnnotation, async ({ user, membership, input }) =>
  reattachAnnotation({ workspaceId: membership.workspace.id, userId: user.id, ...input }),
);

export const deleteAnnotationAction = workspaceAction('annotation.create', ZDeleteAnnotation, async ({ user, membership, input }) =>
  deleteAnnotation({ workspaceId: membership.workspace.id, userId: user.id, role: membership.role, ...input }),
);
