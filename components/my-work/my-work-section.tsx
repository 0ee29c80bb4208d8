import Link from 'next/link';
import { STATUS_LABELS, VERDICT_LABELS } from '@/lib/claims/labels';
import type { MyWorkRow } from '@/lib/server/my-work/list-my-work';
import { displayName } from '@/lib/users/display-name';

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

type Props = {
  id: string;
  title: string;
  empty: string;
  workspace: string;
  section: { rows: MyWorkRow[]; total: number };
  /** what a row says under its statement */
  detail: (row: MyWorkRow) => React.ReactNode;
};

/** One list of the My work page: its count, then each claim linking to its place in its document. */
export function MyWorkSection({ id, title, empty, workspace, section, detail }: Props) {
  const { rows, total } = section;
  return (
    <section aria-labelledby={id} className="mt-8" data-testid={id}>
      <h2 id={id} className="text-lg font-semibold">
        {title}{' '}
        <span className="text-muted" data-testid={`${id}-count`}>
          ({total})
        </span>
      </h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{empty}</p>
      ) : (
        <ul className="mt-2 divide-y divide-rule rounded-md border border-rule bg-white">
          {rows.map((row) => (
            <li key={row.id} className="px-4 py-3 text-sm">
              <Link
                href={`/w/${workspace}/documents/${row.annotation.document.id}?annotation=${encodeURIComponent(row.annotation.id)}`}
                className="font-medium text-ink hover:underline"
              >
                {row.statement}
              </Link>
              <p className="mt-0.5 text-xs text-muted">
                {row.annotation.document.title} · {STATUS_LABELS[row.status]}
                {row.verdict && ` · ${VERDICT_LABELS[row.verdict]}`}
              </p>
              {detail(row)}
            </li>
          ))}
        </ul>
      )}
      {total > rows.length && (
        <p className="mt-2 text-xs text-muted">
          The {rows.length} waiting longest of {total}; the claim board lists them all.
        </p>
      )}
    </section>
  );
}

/** "Proposed by Ana, 3 Dec 2026 14:02 · asked of you" */
export const proposedLine = (viewerId: string) =>
  function ProposedLine(row: MyWorkRow) {
    return (
      <p className="mt-0.5 text-xs text-muted">
        Proposed by {displayName(row.proposedBy)}
        {row.proposedAt && `, ${when.format(row.proposedAt)}`}
        {row.requestedReviewerId === viewerId ? ' · asked of you' : ' · open to every checker'}
      </p>
    );
  };

/** The reason a reviewer gave when sending the verdict back. */
export function sentBackLine(row: MyWorkRow) {
  return (
    <p className="mt-1 text-sm" data-testid="sent-back-reason">
      <span className="text-muted">Sent back{row.sentBackAt && ` ${when.format(row.sentBackAt)}`}: </span>
      {row.sentBackReason}
    </p>
  );
}
