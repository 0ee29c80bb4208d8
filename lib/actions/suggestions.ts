'use server';

import { workspaceAction } from '@/lib/actions/define-action';
import { ZDismissSuggestion } from '@/lib/schemas/annotations';
import { dismissSuggestion } from '@/lib/server/suggestions/dismiss-suggestion';

export const dismissSuggestionAction = workspaceAction('annotation.create', ZDismissSuggestion, async ({ user, membership, input }) =>
  dismissSuggestion({ workspaceId: membership.workspace.id, userId: user.id, ...input }),
);
