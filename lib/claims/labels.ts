// How claim states, verdicts and stances read in the interface (and their colours).
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

const STEP_NAMES: Record<string, string> = {
  'annotation.created': 'marked it in the text',
  'annotation.deleted': 'deleted an annotation',
  'annotation.reattached': 're-attached an annotation',
  'document.created': 'imported the document',
  'document.metadata_changed': 'changed the document’s details',
  'document.version_created': 'saved a new version',
  'suggestion.dismissed': 'dismissed a suggestion',
  'claim.start': 'started checking',
  'claim.propose': 'proposed a verdict',
  'claim.accept': 'accepted the verdict',
  'claim.send_back': 'sent the verdict back',
  'claim.reopen': 'reopened the claim',
  'claim.assigned': 'changed the assignee',
  'claim.statement_changed': 'reworded the statement',
  'evidence.added': 'added a source',
  'evidence.removed': 'removed a source',
  'comment.created': 'commented',
  'comment.edited': 'edited a comment',
  'comment.deleted': 'deleted a comment',
};

/** "started checking", "added a source"… for an Activity action; the action itself otherwise. */
export const activityPhrase = (action: string) => STEP_NAMES[action] ?? action.replace(/[._]/g, ' ');
