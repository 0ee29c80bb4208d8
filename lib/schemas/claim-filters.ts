import { z } from 'zod';
import { CLAIM_STATUSES, VERDICTS } from '@/lib/claims/workflow';

const ZId = z.string().regex(/^[\w-]{1,64}$/);

export const CLAIMS_PER_PAGE = 50;
/**
 * The board counts matches up to this many and pages through as many: past it, it says "more than
 * 10,000" and the filters narrow the list (counting or skipping further grows with the workspace).
 */
export const CLAIM_COUNT_CAP = 10_000;
export const MAX_CLAIM_PAGE = CLAIM_COUNT_CAP / CLAIMS_PER_PAGE;

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
  page: z.coerce.number().int().min(1).max(MAX_CLAIM_PAGE),
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
