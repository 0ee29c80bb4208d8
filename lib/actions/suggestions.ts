'use server';

import { workspaceAction } from '@/lib/actions/define-action';
import { ZDismissSuggestion, ZRestoreSuggestion } from '@/lib/schemas/annotations';
import { dismissSuggestion } from '@/lib/server/suggestions/dismiss-suggestion';
import { restoreSuggestion } from '@/lib/server/suggestions/restore-suggestion';

export const dismissSuggestionAction = workspaceAction('annotation.create', ZDismissSuggestion, async ({ user, membership, input }) =>
  dismissSuggestion({ workspaceId: membership.workspace.id, userId: user.id, ...input }),
);

/** Brings a dismissed suggestion back (Undo, or the list of dismissed ones): whoever may dismiss may restore. */
export const restoreSuggestionAction = workspaceAction('annotation.create', ZRestoreSuggestion, async ({ user, membership, input }) =>
  restoreSuggestion({ workspaceId: membership.workspace.id, userId: user.id, ...input }),
);
