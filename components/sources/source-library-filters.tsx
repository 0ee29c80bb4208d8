import Link from 'next/link';
import { cn } from '@/components/ui/cn';
import {
  SOURCE_SORTS,
  SOURCE_STATUS_FILTERS,
  sourceFiltersQuery,
  type SourceSort,
  type SourceStatusFilter,
  type TSourceFilters,
} from '@/lib/schemas/sources';

const FILTER_LABELS: Record<SourceStatusFilter, string> = {
  all: 'All',
  dead: 'Dead',
  changed: 'Changed',
  redirected: 'Redirected',
  unchecked: 'Not checked yet',
  alive: 'Alive',
};

const SORT_LABELS: Record<SourceSort, string> = { relied: 'Most relied on', checked: 'Last checked', changed: 'Status changed' };

/** The library's status filters (with how many sources each shows) and sort orders, as links: the URL holds them. */
export function SourceLibraryFilters({
  basePath,
  filters,
  counts,
}: {
  basePath: string;
  filters: TSourceFilters;
  counts: Record<SourceStatusFilter, number>;
}) {
  return (
    <div className="mt-6 flex flex-wrap items-center justify-between gap-3 text-sm">
      <nav aria-label="Filter sources by status">
        <ul className="flex flex-wrap gap-1">
          {SOURCE_STATUS_FILTERS.map((status) => {
            const current = filters.status === status;
            return (
              <li key={status}>
                <Link
                  href={`${basePath}${sourceFiltersQuery({ status, sort: filters.sort })}`}
                  aria-current={current ? 'page' : undefined}
                  className={cn(
                    'inline-block rounded-full border px-3 py-1',
                    current ? 'border-ink bg-ink text-white' : 'border-rule bg-white hover:bg-stone-50',
                  )}
                >
                  {FILTER_LABELS[status]} <span className="tabular-nums">({counts[status]})</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <nav aria-label="Sort sources" className="flex items-center gap-2">
        <span className="text-muted">Sort:</span>
        {SOURCE_SORTS.map((sort) => (
          <Link
            key={sort}
            href={`${basePath}${sourceFiltersQuery({ status: filters.status, sort })}`}
            aria-current={filters.sort === sort ? 'page' : undefined}
            className={cn('underline-offset-2', filters.sort === sort ? 'font-semibold' : 'underline')}
          >
            {SORT_LABELS[sort]}
          </Link>
        ))}
      </nav>
    </div>
  );
}
