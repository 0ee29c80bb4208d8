import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import type { WorkspaceRole } from '@/lib/generated/prisma/enums';
import { CLAIMS_PER_PAGE, claimFiltersQuery, LAST_PAGE, type TClaimFilters } from '@/lib/schemas/claim-filters';
import type { ClaimBoardPage } from '@/lib/server/claims/list-claims';
import { displayName } from '@/lib/users/display-name';
import { ClaimBoardFilters } from './claim-board-filters';
import { ClaimTable, type ClaimTableRow } from './claim-table';

type Member = { role: WorkspaceRole; user: { id: string; name: string | null; email: string } };

const shortDate = (date: Date) => date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** Filters, bulk bar, one page of the table and links to the other pages. */
export function ClaimBoard({
  basePath,
  board,
  filters,
  ignored,
  tags,
  members,
}: {
  /** the board's own path, without query */
  basePath: string;
  board: ClaimBoardPage;
  filters: TClaimFilters;
  ignored: string[];
  tags: { id: string; name: string }[];
  members: Member[];
}) {
  const rows: ClaimTableRow[] = board.rows.map((row) => ({
    id: row.id,
    version: row.version,
    statement: row.statement,
    quote: row.quote,
    orphaned: row.orphaned,
    wordsChanged: row.wordsChangedAt !== null,
    annotationId: row.annotationId,
    kind: row.kind,
    status: row.status,
    verdict: row.verdict,
    assignee: row.assignee ? displayName(row.assignee) : null,
    tags: row.tags,
    document: row.document,
    evidenceCount: row.evidenceCount,
    sourceFlag: row.sourceFlag,
    updated: shortDate(row.updatedAt),
    updatedIso: row.updatedAt.toISOString(),
  }));
  const memberOptions = members.map((member) => ({ value: member.user.id, label: displayName(member.user) }));
  const at = (place: Pick<TClaimFilters, 'after' | 'before' | 'page'>) =>
    `${basePath}${claimFiltersQuery({ ...filters, after: undefined, before: undefined, page: undefined, ...place })}`;
  const first = board.page === null ? null : (board.page - 1) * CLAIMS_PER_PAGE + 1;
  const shown =
    first === null
      ? rows.length.toLocaleString('en-GB')
      : `${first.toLocaleString('en-GB')}–${(first + rows.length - 1).toLocaleString('en-GB')}`;
  return (
    <>
      {ignored.length > 0 && (
        <Alert tone="info" className="mt-6">
          Some filters in the address were not understood and are ignored: {ignored.join(', ')}.
        </Alert>
      )}
      <ClaimBoardFilters
        filters={filters}
        tags={tags.map((tag) => ({ value: tag.id, label: tag.name }))}
        members={memberOptions}
        isDocumentBoard={board.document !== null}
        clearHref={basePath}
      />
      <p className="mt-6 text-sm text-muted" aria-live="polite">
        {board.total === 0
          ? 'No claims match.'
          : rows.length === 0
            ? 'No claims on this page.'
            : `${shown} of ${board.totalIsCapped ? 'more than ' : ''}${board.total.toLocaleString('en-GB')} ${board.total === 1 ? 'claim' : 'claims'}`}
      </p>
      {rows.length > 0 && <ClaimTable rows={rows} showDocument={board.document === null} />}
      {(board.previous || board.next) && (
        <nav aria-label="Pages" className="mt-4 flex items-center justify-between gap-4 text-sm">
          <span className="flex gap-4">
            {board.previous && (
              <>
                <Link href={at({})} className="underline underline-offset-2">
                  First page
                </Link>
                <Link
                  href={at({ before: board.previous, page: board.page === null ? undefined : board.page - 1 })}
                  className="underline underline-offset-2"
                >
                  Previous page
                </Link>
              </>
            )}
          </span>
          <span className="text-muted">
            {board.page !== null ? `Page ${board.page.toLocaleString('en-GB')}` : board.next ? 'Page' : 'Last page'}
            {board.pageCount !== null && ` of ${board.pageCount.toLocaleString('en-GB')}`}
          </span>
          <span className="flex gap-4">
            {board.next && (
              <>
                <Link
                  href={at({ after: board.next, page: board.page === null ? undefined : board.page + 1 })}
                  className="underline underline-offset-2"
                >
                  Next page
                </Link>
                <Link href={at({ before: LAST_PAGE })} className="underline underline-offset-2">
                  Last page
                </Link>
              </>
            )}
          </span>
        </nav>
      )}
    </>
  );
}
