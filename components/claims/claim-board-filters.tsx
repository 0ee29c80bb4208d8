import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { STATUS_LABELS, VERDICT_LABELS } from '@/lib/claims/labels';
import { CLAIM_STATUSES, VERDICTS } from '@/lib/claims/workflow';
import type { TClaimFilters } from '@/lib/schemas/claim-filters';

type Option = { value: string; label: string };

/**
 * The board's filters as a plain GET form: the URL holds them, so a filtered board can be
 * bookmarked and shared, and filtering works before any script has loaded.
 */
export function ClaimBoardFilters({
  filters,
  tags,
  members,
  isDocumentBoard,
  clearHref,
}: {
  filters: TClaimFilters;
  tags: Option[];
  members: Option[];
  isDocumentBoard: boolean;
  clearHref: string;
}) {
  const any = (label: string): Option => ({ value: '', label });
  return (
    <form
      method="get"
      role="search"
      aria-label="Filter claims"
      className="mt-6 grid grid-cols-2 gap-3 rounded-xl border border-rule bg-white p-4 sm:grid-cols-4"
    >
      <Field
        label="Search"
        name="q"
        type="search"
        defaultValue={filters.q ?? ''}
        placeholder="statement, quoted words or comments"
        className="col-span-2"
        maxLength={200}
      />
      <SelectField
        label="Status"
        name="status"
        defaultValue={filters.status ?? ''}
        options={[any('Any status'), ...CLAIM_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }))]}
      />
      <SelectField
        label="Kind"
        name="kind"
        defaultValue={filters.kind ?? ''}
        options={[any('Claims and figures'), { value: 'claim', label: 'Claims' }, { value: 'figure', label: 'Figures' }]}
      />
      <SelectField label="Tag" name="tag" defaultValue={filters.tag ?? ''} options={[any('Any tag'), ...tags]} />
      <SelectField
        label="Assignee"
        name="assignee"
        defaultValue={filters.assignee ?? ''}
        options={[any('Anyone'), { value: 'me', label: 'Me' }, { value: 'none', label: 'Unassigned' }, ...members]}
      />
      <SelectField
        label="Verdict"
        name="verdict"
        defaultValue={filters.verdict ?? ''}
        options={[
          any('Any verdict'),
          { value: 'none', label: 'No verdict yet' },
          ...VERDICTS.map((verdict) => ({ value: verdict, label: VERDICT_LABELS[verdict] })),
        ]}
      />
      <SelectField
        label="Sources"
        name="source"
        defaultValue={filters.source ?? ''}
        options={[
          any('Any source'),
          { value: 'flagged', label: 'Source changed or gone' },
          { value: 'changed', label: 'Source changed' },
          { value: 'gone', label: 'Source gone' },
        ]}
      />
      <SelectField
        label="In the text"
        name="place"
        defaultValue={filters.place ?? ''}
        options={[any('Anywhere'), { value: 'anchored', label: 'Words still in the text' }, { value: 'orphaned', label: 'Orphaned' }]}
      />
      <SelectField
        label="Words"
        name="words"
        defaultValue={filters.words ?? ''}
        options={[any('Any'), { value: 'changed', label: 'Changed since the verdict' }]}
      />
      <SelectField
        label="Same claim"
        name="group"
        defaultValue={filters.group ?? ''}
        options={[
          any('Any'),
          { value: 'linked', label: 'Linked to the same claim elsewhere' },
          ...(filters.group && filters.group !== 'linked' ? [{ value: filters.group, label: 'This group of same claims' }] : []),
        ]}
      />
      <SelectField
        label="Sort by"
        name="sort"
        defaultValue={filters.sort ?? 'updated'}
        options={[
          { value: 'updated', label: 'Last updated' },
          { value: 'status', label: 'Status' },
          { value: 'document', label: isDocumentBoard ? 'Order in the text' : 'Document' },
          { value: 'group', label: 'Same claims together' },
        ]}
      />
      <div className="col-span-2 flex items-end gap-2 sm:col-span-4">
        <Button type="submit">Apply filters</Button>
        <Button variant="ghost" asChild>
          <Link href={clearHref}>Clear</Link>
        </Button>
      </div>
    </form>
  );
}
