// Who receives which live event: the rule every app instance applies to its own subscribers,
// and the replay query applies to the table (lib/server/live/replay.ts).
import type { TLiveEvent } from './events';

/**
 * One open stream: a member's workspace stream (documentId null) or document stream, or a user's
 * own stream (workspaceId null: pages outside a workspace, which hear only their notifications).
 */
export type LiveSubscription = { userId: string; workspaceId: string | null; documentId: string | null };

type Deliverable = Pick<TLiveEvent, 'workspaceId' | 'documentId' | 'userId' | 'entity'>;

export function shouldDeliver(event: Deliverable, subscription: LiveSubscription): boolean {
  // An event meant for one member (a private annotation, a notification, a membership).
  if (event.userId !== null && event.userId !== subscription.userId) return false;
  // Notifications reach every stream of their recipient, whatever the workspace.
  if (event.entity === 'notification') return event.userId === subscription.userId;
  // A user stream (workspaceId null) has no workspace: every other event stops here.
  if (event.workspaceId !== subscription.workspaceId) return false;
  if (subscription.documentId === null) return true;
  return event.documentId === null || event.documentId === subscription.documentId;
}
