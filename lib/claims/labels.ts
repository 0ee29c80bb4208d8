// How claim states, verdicts and stances read in the interface (and their colours).
import type { ActivityAction } from '@/lib/activity/actions';
import type { ClaimStatus, EvidenceStance, Verdict } from '@/lib/generated/prisma/enums';

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  unchecked: 'Unchecked',
  in_progress: 'In progress',
  proposed: 'Awaiting review',
  reviewed: 'Reviewed',
};

export const STATUS_COLORS: Record<ClaimStatus, string> = {
  unchecked: 'bg-stone-100 text-stone-700',
  in_progress: 'bg-sky-100 text-sky-800',
  proposed: 'bg-amber-100 text-amber-800',
  reviewed: 'bg-emerald-100 text-emerald-800',
};

export const VERDICT_LABELS: Record<Verdict, string> = {
  verified: 'Verified',
  false: 'False',
  misleading: 'Misleading',
  unverifiable: 'Unverifiable',
};

export const STANCE_LABELS: Record<EvidenceStance, string> = {
  supports: 'Supports',
  contradicts: 'Contradicts',
  context: 'Context',
};

/** How each Activity action reads after the actor's name: adding an action without one fails the typecheck. */
export const ACTIVITY_PHRASES: Record<ActivityAction, string> = {
  'workspace.created': 'created the workspace',
  'workspace.renamed': 'renamed the workspace',
  'workspace.publishing_changed': 'changed how the workspace publishes fact checks',
  'membership.added': 'joined the workspace',
  'membership.role_changed': 'changed a member’s role',
  'membership.removed': 'removed a member',
  'membership.left': 'left the workspace',
  'invitation.created': 'invited someone',
  'invitation.revoked': 'revoked an invitation',
  'document.created': 'imported the document',
  'document.metadata_changed': 'changed the document’s details',
  'document.archived': 'archived the document',
  'document.unarchived': 'brought the document back from the archive',
  'document.version_created': 'saved a new version',
  'annotation.created': 'marked it in the text',
  'annotation.deleted': 'deleted an annotation',
  'annotation.reattached': 're-attached an annotation',
  'suggestion.dismissed': 'dismissed a suggestion',
  'suggestion.restored': 'brought back a dismissed suggestion',
  'tag.created': 'created a tag',
  'tag.updated': 'changed a tag',
  'tag.deleted': 'deleted a tag',
  'tag.merged': 'merged two tags',
  'claim.start': 'started checking',
  'claim.propose': 'proposed a verdict',
  'claim.accept': 'accepted the verdict',
  'claim.send_back': 'sent the verdict back',
  'claim.reopen': 'reopened the claim',
  'claim.confirm_words': 'confirmed the verdict holds for the changed words',
  'claim.assigned': 'changed the assignee',
  'claim.linked': 'linked it as the same claim as another',
  'claim.unlinked': 'unlinked it from the same claims',
  'claim.statement_changed': 'reworded the statement',
  'claim.words_changed': 'saved a version that changed the words under the verdict',
  'claim.sent_back_by_change': 'sent the verdict back by changing what it judged',
  'evidence.added': 'added a source',
  'evidence.removed': 'removed a source',
  'comment.created': 'commented',
  'comment.edited': 'edited a comment',
  'comment.deleted': 'deleted a comment',
};

const isActivityAction = (action: string): action is ActivityAction => Object.hasOwn(ACTIVITY_PHRASES, action);

/** "started checking", "added a source"… for an Activity row's action; an action Margin no longer writes reads as itself. */
export const activityPhrase = (action: string) => (isActivityAction(action) ? ACTIVITY_PHRASES[action] : action.replace(/[._]/g, ' '));
