// The client cache's keys, one per entity the browser reads through a route handler: what a key
// names, where it is read from, and what it holds. Live changes and mutations name the same keys.
import type { ClaimDetails } from '@/lib/server/claims/get-claim';
import type { ClaimMemory } from '@/lib/server/matching/claim-memory';
import type { CommentView } from '@/lib/server/comments/list-comments';
import type { DismissedSuggestion } from '@/lib/server/suggestions/list-dismissed-suggestions';
import type { Suggestion } from '@/lib/server/suggestions/list-suggestions';
import type { Jsonified } from '@/lib/jsonified';

/** A claim as its panel has it (GET …/claims/[claimId]). */
export type ClaimView = Jsonified<ClaimDetails>;
/** A comment of a thread as the thread has it (GET …/annotations/[annotationId]/comments). */
export type CommentEntry = Jsonified<CommentView>;
/** A claim's matching and linked claims (GET …/claims/[claimId]/memory). */
export type ClaimMemoryView = Jsonified<ClaimMemory>;

/** What each kind of key holds, as the browser receives it. */
export type EntityData = {
  claim: ClaimView;
  memory: ClaimMemoryView;
  comments: CommentEntry[];
  suggestions: Suggestion[];
  dismissed: Jsonified<DismissedSuggestion>[];
};
export type Entity = keyof EntityData;

/** [entity, workspace slug, id]: the claim's id (claim, memory), the thread's annotation id, the (dismissed) suggestions' document id. */
export type EntityKey<E extends Entity = Entity> = readonly [entity: E, workspace: string, id: string];

export const claimKey = (workspace: string, claimId: string): EntityKey<'claim'> => ['claim', workspace, claimId];
export const memoryKey = (workspace: string, claimId: string): EntityKey<'memory'> => ['memory', workspace, claimId];
export const commentsKey = (workspace: string, annotationId: string): EntityKey<'comments'> => ['comments', workspace, annotationId];
export const suggestionsKey = (workspace: string, documentId: string): EntityKey<'suggestions'> => ['suggestions', workspace, documentId];
export const dismissedKey = (workspace: string, documentId: string): EntityKey<'dismissed'> => ['dismissed', workspace, documentId];

const ENTITIES: readonly Entity[] = ['claim', 'memory', 'comments', 'suggestions', 'dismissed'];

export const isEntityKey = (key: unknown): key is EntityKey =>
  Array.isArray(key) && key.length === 3 && ENTITIES.includes(key[0]) && typeof key[1] === 'string' && typeof key[2] === 'string';

/** The route handler that answers a key (app/api/w/[workspace]/…). */
export function urlOf([entity, workspace, id]: EntityKey): string {
  const base = `/api/w/${encodeURIComponent(workspace)}`;
  switch (entity) {
    case 'claim':
      return `${base}/claims/${encodeURIComponent(id)}`;
    case 'memory':
      return `${base}/claims/${encodeURIComponent(id)}/memory`;
    case 'comments':
      return `${base}/annotations/${encodeURIComponent(id)}/comments`;
    case 'suggestions':
      return `${base}/documents/${encodeURIComponent(id)}/suggestions`;
    case 'dismissed':
      return `${base}/documents/${encodeURIComponent(id)}/suggestions/dismissed`;
  }
}
