// What an Activity row says happened: every action Margin records, as one type. The database
// keeps it as text; the server may only write these, and each has a phrase (lib/claims/labels.ts).
import type { ClaimStep } from '@/lib/claims/workflow';

export type ActivityAction =
  | 'workspace.created'
  | 'workspace.renamed'
  | 'workspace.publishing_changed'
  | 'membership.added'
  | 'membership.role_changed'
  | 'membership.removed'
  | 'membership.left'
  | 'invitation.created'
  | 'invitation.revoked'
  | 'document.created'
  | 'document.metadata_changed'
  | 'document.archived'
  | 'document.unarchived'
  | 'document.version_created'
  | 'annotation.created'
  | 'annotation.deleted'
  | 'annotation.reattached'
  | 'suggestion.dismissed'
  | 'suggestion.restored'
  | 'tag.created'
  | 'tag.updated'
  | 'tag.deleted'
  | 'tag.merged'
  | `claim.${ClaimStep['step']}`
  | 'claim.assigned'
  | 'claim.statement_changed'
  | 'claim.words_changed'
  | 'claim.sent_back_by_change'
  | 'evidence.added'
  | 'evidence.removed'
  | 'comment.created'
  | 'comment.edited'
  | 'comment.deleted';
