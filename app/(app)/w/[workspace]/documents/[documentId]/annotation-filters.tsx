'use client';

import { useMemo } from 'react';
import { SelectField } from '@/components/ui/select-field';
import type { SidebarAnnotation } from './annotation-sidebar';

export type Filters = { kind: string; tagId: string; authorId: string };
export const NO_FILTERS: Filters = { kind: '', tagId: '', authorId: '' };

export function applyFilters<T extends SidebarAnnotation>(annotations: T[], filters: Filters): T[] {
  return annotations.filter(
    (annotation) =>
      (!filters.kind || annotation.kind === filters.kind) &&
      (!filters.tagId || annotation.tags.some((tag) => tag.id === filters.tagId)) &&
      (!filters.authorId || annotation.author?.id === filters.authorId),
  );
}

const unique = <T,>(items: T[], key: (item: T) => string) => [...new Map(items.map((item) => [key(item), item])).values()];

/** Kind, tag and author filters over the annotations (and their highlights). */
export function AnnotationFilters({
  annotations,
  filters,
  onChange,
}: {
  annotations: SidebarAnnotation[];
  filters: Filters;
  onChange: (filters: Filters) => void;
}) {
  const tags = useMemo(
    () =>
      unique(
        annotations.flatMap((annotation) => annotation.tags),
        (tag) => tag.id,
      ),
    [annotations],
  );
  const authors = useMemo(
    () =>
      unique(
        annotations.flatMap((annotation) => (annotation.author ? [annotation.author] : [])),
        (author) => author.id,
      ),
    [annotations],
  );
  const select = (label: string, value: string, key: keyof Filters, options: { value: string; label: string }[]) => (
    <SelectField
      id={`filter-${key}`}
      label={label}
      name={key}
      value={value}
      onChange={(event) => onChange({ ...filters, [key]: event.target.value })}
      options={[{ value: '', label: 'All' }, ...options]}
    />
  );
  return (
    <div className="grid grid-cols-3 gap-2" role="group" aria-label="Filter annotations">
      {select(
        'Kind',
        filters.kind,
        'kind',
        ['claim', 'figure', 'citation', 'note'].map((kind) => ({ value: kind, label: kind })),
      )}
      {select(
        'Tag',
        filters.tagId,
        'tagId',
        tags.map((tag) => ({ value: tag.id, label: tag.name })),
      )}
      {select(
        'Author',
        filters.authorId,
        'authorId',
        authors.map((author) => ({ value: author.id, label: author.name ?? author.email })),
      )}
    </div>
  );
}
