// Who may see an Activity row, decided once, when it is written: an entry about a private
// annotation (the note, its comments, their edits and deletions, its deletion) is for its author
// alone; everything else is for every member of the workspace. Reads filter on the stored answer
// (lib/server/activity/visible-activity.ts), as live events do on theirs (lib/live/deliver.ts).
import type { ActivityAction } from './actions';

/** The annotation an entry is about, as it is (or was, for a deletion) when the entry is written. */
export type ActivitySubject = { visibility: 'shared' | 'private'; authorId: string | null };

/** The actions about an annotation or its discussion: their entries must name the annotation. */
export type AnnotationActivityAction = Extract<ActivityAction, `annotation.${string}` | `comment.${string}`>;

/**
 * The member who alone may see an entry about `subject`, or null when every member may. Only its
 * author can act on a private annotation, so the actor stands in for an author who is gone.
 */
export function activityVisibleTo(subject: ActivitySubject | undefined, actorId: string | null): string | null {
  if (!subject || subject.visibility === 'shared') return null;
  const owner = subject.authorId ?? actorId;
  if (!owner) throw new Error('An entry about a private annotation needs the member it is for.');
  return owner;
}
