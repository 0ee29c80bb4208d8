import { z } from 'zod';
import { CLAIM_STATUSES, VERDICTS } from '@/lib/claims/workflow';

const ZId = z.string().regex(/^[\w-]{1,64}$/);
/** A page's cursor as the board hands it out (base64url); one that does not decode is ignored. */
const ZCursor = z.string().regex(/^[\w-]{1,2000}$/);

export const CLAIMS_PER_PAGE = 50;
/**
 * The board counts matches up to this many: past it, it says "more than 1,000" (counting further
 * grows with the workspace). Its pages go on past it: they are read by key, not counted off.
 */
export const CLAIM_COUNT_CAP = 1_000;
/** Where a page is, rather than which claims: the exports leave them out. */
export const CLAIM_PAGE_FIELDS: readonly string[] = ['page', 'after', 'before'];
/** `before=end`: the last page (the order read backwards). */
export const LAST_PAGE = 'end';

export const CLAIM_SORTS = ['updated', 'status', 'document', 'group'] as const;
export const CLAIM_BOARD_KINDS = ['claim', 'figure'] as const;
/** Claims relying on a source whose link changed or died: "flagged" is either. */
export const CLAIM_SOURCE_FLAGS = ['flagged', 'changed', 'gone'] as const;
/** Whether a claim's words are still in its document's latest version ("orphaned": no longer). */
export const CLAIM_PLACES = ['anchored', 'orphaned'] as const;

/**
 * The claim board's filters as they stand in the URL (?status=proposed&assignee=me&q=…). Each
 * parameter is checked on its own: a bad one is left out and named, the others still apply.
 */
const FIELDS = {
  q: z.string().trim().min(1).max(200),
  status: z.enum(CLAIM_STATUSES),
  kind: z.enum(CLAIM_BOARD_KINDS),
  tag: ZId,
  /** "me", "none" (unassigned) or a member's id */
  assignee: z.union([z.enum(['me', 'none']), ZId]),
  /** a verdict, or "none" for claims without one yet */
  verdict: z.enum([...VERDICTS, 'none']),
  /** a source of its evidence changed or is gone */
  source: z.enum(CLAIM_SOURCE_FLAGS),
  /** its words are in the latest version, or no longer (orphaned) */
  place: z.enum(CLAIM_PLACES),
  /** the words under its verdict changed since (until confirmed or checked again) */
  words: z.enum(['changed']),
  /** linked as the same claim as another ("linked"), or one group of same claims (its id) */
  group: z.union([z.enum(['linked']), ZId]),
  sort: z.enum(CLAIM_SORTS),
  /** the page after the row of this cursor (a page's `next`) */
  after: ZCursor,
  /** the page before the row of this cursor (a page's `previous`), or "end": the last page */
  before: ZCursor,
  /** the number of the page a cursor leads to, as shown ("Page 3"); the cursor decides the rows */
  page: z.coerce.number().int().min(1).max(1_000_000),
} as const;

type Fields = typeof FIELDS;

/** The same filters as one object schema, all optional (the REST API refuses a bad one: 422). */
export const ZClaimFilters = z.object(FIELDS).partial();
export type TClaimFilters = { [K in keyof Fields]?: z.output<Fields[K]> };

const FIELD_NAMES: Record<keyof Fields, string> = {
  q: 'search',
  status: 'status',
  kind: 'kind',
  tag: 'tag',
  assignee: 'assignee',
  verdict: 'verdict',
  source: 'source',
  place: 'place in the text',
  words: 'words changed',
  group: 'same claim',
  sort: 'sort',
  after: 'page',
  before: 'page',
  page: 'page',
};

type SearchParams = Record<string, string | string[] | undefined>;

/** The valid filters of a URL's search params, and the names of the ones that were ignored. */
export function parseClaimFilters(params: SearchParams): { filters: TClaimFilters; ignored: string[] } {
  const filters: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const key of Object.keys(FIELDS) as (keyof Fields)[]) {
    const raw = params[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value === '') continue;
    const parsed = value.includes('\u0000') ? null : FIELDS[key].safeParse(value); // U+0000: no filter can hold it
    if (parsed?.success) filters[key] = parsed.data;
    else if (key !== 'q' || value.trim() !== '') ignored.push(FIELD_NAMES[key]);
  }
  return { filters: filters as TClaimFilters, ignored };
}

/** The URL query of some filters (for links to another page or sort). */
export function claimFiltersQuery(filters: TClaimFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && !(key === 'page' && value === 1)) params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
