'use server';

import { workspaceAction, workspaceQuery } from '@/lib/actions/define-action';
import { ZDismissSuggestion } from '@/lib/schemas/annotations';
import { ZDocumentRef } from '@/lib/schemas/documents';
import { dismissSuggestion } from '@/lib/server/suggestions/dismiss-suggestion';
import { listSuggestions } from '@/lib/server/suggestions/list-suggestions';

export const listSuggestionsAction = workspaceQuery('annotation.create', ZDocumentRef, async ({ membership, input }) =>
  listSuggestions({ workspaceId: membership.workspace.id, documentId: input.documentId }),
);

export const dismissSuggestionAction = workspaceAction('annotation.create', ZDismissSuggestion, async ({ user, membership, input }) =>
  dismissSuggestion({ workspaceId: membership.workspace.id, userId: user.id, ...input }),
);
