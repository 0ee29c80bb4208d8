import { activityPhrase } from '@/lib/claims/labels';
import { excerpt } from '@/lib/comments/mentions';
import { displayName } from '@/lib/users/display-name';

type Entry = {
  id: string;
  action: string;
  createdAt: Date;
  after: unknown;
  before: unknown;
  actor: { name: string | null; email: string } | null;
};

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** The words an entry is about: the quote, the statement, the comment or the source. */
function subjectOf(entry: Entry) {
  const change = (entry.after ?? entry.before) as Record<string, unknown> | null;
  const words = [change?.exact, change?.statement, change?.body, change?.url, change?.summary].find(
    (value): value is string => typeof value === 'string',
  );
  // A comment's mentions read as names (`@Ana`), never as their `@[Ana](id)` markup.
  return words ? excerpt(words, 80) : null;
}

/** What happened lately, newest first (the whole trail stays in Activity, never edited). */
export function RecentActivity({ entries }: { entries: Entry[] }) {
  if (entries.length === 0) return null;
  return (
    <section aria-label="Recent activity" className="mt-12 border-t border-rule pt-6 text-sm">
      <h2 className="mb-3 font-medium text-muted">Recent activity</h2>
      <ol className="space-y-2">
        {entries.map((entry) => {
          const subject = subjectOf(entry);
          return (
            <li key={entry.id}>
              <span className="font-medium">{displayName(entry.actor)}</span> {activityPhrase(entry.action)}
              {subject && <span className="text-muted"> — “{subject}”</span>}{' '}
              <time className="text-xs text-muted" dateTime={entry.createdAt.toISOString()}>
                {when.format(entry.createdAt)}
              </time>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
