import { z } from 'zod';

/** The source library's status filters: "dead" is the name people use for a gone link. */
export const SOURCE_STATUS_FILTERS = ['all', 'dead', 'changed', 'redirected', 'unchecked', 'alive'] as const;
export type SourceStatusFilter = (typeof SOURCE_STATUS_FILTERS)[number];

export const SOURCE_SORTS = ['relied', 'checked', 'changed'] as const;
export type SourceSort = (typeof SOURCE_SORTS)[number];

export const SOURCES_PER_PAGE = 100;

/**
 * The library's filters as they stand in the URL (?status=dead&sort=checked&page=2). A bad value
 * falls back to the default and is named, so a stale link still shows a page.
 */
const FIELDS = {
  status: z.enum(SOURCE_STATUS_FILTERS),
  sort: z.enum(SOURCE_SORTS),
  page: z.coerce.number().int().min(1).max(100_000),
} as const;

export const ZSourceFilters = z.object(FIELDS).partial();
export type TSourceFilters = { status: SourceStatusFilter; sort: SourceSort; page: number };

const DEFAULTS: TSourceFilters = { status: 'all', sort: 'relied', page: 1 };

type SearchParams = Record<string, string | string[] | undefined>;

export function parseSourceFilters(params: SearchParams): { filters: TSourceFilters; ignored: string[] } {
  const filters = { ...DEFAULTS };
  const ignored: string[] = [];
  for (const key of Object.keys(FIELDS) as (keyof typeof FIELDS)[]) {
    const raw = params[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value === '') continue;
    const parsed = FIELDS[key].safeParse(value);
    if (parsed.success) Object.assign(filters, { [key]: parsed.data });
    else ignored.push(key);
  }
  return { filters, ignored };
}

/** The URL query of some filters, leaving out the defaults. */
export function sourceFiltersQuery(filters: Partial<TSourceFilters>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== DEFAULTS[key as keyof TSourceFilters]) params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** A capture to compare with: ?with=<captureId>. */
export const ZCaptureId = z.string().regex(/^[\w-]{1,64}$/);
