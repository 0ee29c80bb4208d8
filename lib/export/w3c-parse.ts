// Reads W3C Web Annotations (ours, written by lib/export/w3c.ts, or other tools' — Hypothesis's
// JSON-LD and API exports) into what Margin can anchor. Pure and total: a bad item is skipped
// with a reason, a bad file is one error, nothing throws.
import { z } from 'zod';
import type { Selector, TextPositionSelector, TextQuoteSelector } from '@/lib/anchoring';
import { W3C_CLAIM_FIELDS, W3C_KINDS, type TW3cClaim, type TW3cClaimField, type TW3cKind } from './w3c-terms';

export type TParsedW3cAnnotation = {
  /** Its place in the file's list of annotations (0-based), for messages. */
  index: number;
  /** A TextQuoteSelector and/or a TextPositionSelector, the quote first. */
  selectors: Selector[];
  kind: TW3cKind;
  tags: string[];
  comments: string[];
  claim: TW3cClaim | null;
};
export type TW3cParseResult =
  { ok: true; annotations: TParsedW3cAnnotation[]; skipped: { index: number; reason: string }[] } | { ok: false; error: string };

/**
 * The longest quote and context accepted. Anchoring searches for them approximately: longer ones
 * cost more than any annotation needs (Margin itself writes 48 characters of context).
 */
export const MAX_W3C_QUOTE = 1000;
export const MAX_W3C_CONTEXT = 64;
const MAX_TAG = 60;
const MAX_TEXT = 10_000;
const MAX_REFINEMENTS = 4;

const ZQuote = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().refine((exact) => exact.trim() !== ''),
  prefix: z.string().optional().default(''),
  suffix: z.string().optional().default(''),
});

/** Why a quote is refused for its length, or null. */
function tooLong({ exact, prefix, suffix }: { exact: string; prefix: string; suffix: string }): string | null {
  const count = (length: number) => length.toLocaleString('en');
  if (exact.length > MAX_W3C_QUOTE)
    return `Its quote is ${count(exact.length)} characters long; at most ${count(MAX_W3C_QUOTE)} can be imported.`;
  const context = Math.max(prefix.length, suffix.length);
  if (context > MAX_W3C_CONTEXT)
    return `Its quote's context (prefix or suffix) is ${count(context)} characters long; at most ${MAX_W3C_CONTEXT} can be imported.`;
  return null;
}

type Found = { quote?: TextQuoteSelector; position?: TextPositionSelector; refused?: string };
const ZPosition = z
  .object({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().min(1) })
  .refine((selector) => selector.end > selector.start);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);
const strings = (value: unknown) => list(value).filter((item): item is string => typeof item === 'string');
const hasType = (value: Json, type: string) => strings(value.type).includes(type) || strings(value['@type']).includes(type);

/** The annotations of a file: one annotation, an array, an AnnotationCollection or page, or a Hypothesis search result. */
function itemsOf(json: unknown): unknown[] | string {
  if (Array.isArray(json)) return json;
  if (!isObject(json)) return 'The file is not a W3C Web Annotation, a list of them or an AnnotationCollection.';
  if (hasType(json, 'AnnotationCollection')) {
    if (Array.isArray(json.items)) return json.items;
    if (isObject(json.first) && Array.isArray(json.first.items)) return json.first.items;
    if (json.first === undefined || Number(json.total) === 0) return [];
    return 'The collection does not embed its annotations (its pages are only linked): export it with its items.';
  }
  if (hasType(json, 'AnnotationPage')) return Array.isArray(json.items) ? json.items : [];
  if (Array.isArray(json.rows)) return json.rows; // Hypothesis API: { total, rows }
  return [json];
}

/** The first quote and the first position of a selector, looking into `refinedBy` (a RangeSelector's, say). */
function collectSelectors(selector: unknown, found: Found, depth = 0) {
  if (!isObject(selector) || depth > MAX_REFINEMENTS) return;
  if (selector.type === 'TextQuoteSelector' && !found.quote) {
    const quote = ZQuote.safeParse(selector);
    const refused = quote.success ? tooLong(quote.data) : null;
    if (refused) found.refused ??= refused;
    else if (quote.success) found.quote = quote.data;
  } else if (selector.type === 'TextPositionSelector' && !found.position) {
    const position = ZPosition.safeParse(selector);
    if (position.success) found.position = position.data;
  }
  for (const refinement of list(selector.refinedBy)) collectSelectors(refinement, found, depth + 1);
}

/** The first target's selectors; or why its quote is refused, when no target has an acceptable one. */
function selectorsOf(item: Json): Selector[] | string {
  let refused: string | null = null;
  for (const target of list(item.target)) {
    if (!isObject(target)) continue;
    const found: Found = {};
    for (const selector of list(target.selector)) collectSelectors(selector, found);
    refused ??= found.quote ? null : (found.refused ?? null);
    if (!found.quote && found.refused) continue; // its quote is too long: its offsets alone would be refused too
    const selectors = [found.quote, found.position].filter((selector): selector is Selector => !!selector);
    if (selectors.length) return selectors;
  }
  return refused ?? [];
}

const isKind = (value: string): value is TW3cKind => (W3C_KINDS as readonly string[]).includes(value);
const isClaimField = (value: unknown): value is TW3cClaimField => typeof value === 'string' && Object.hasOwn(W3C_CLAIM_FIELDS, value);

function kindFromMotivation(motivation: unknown): TW3cKind {
  const motivations = strings(motivation);
  if (motivations.includes('assessing')) return 'claim';
  if (motivations.includes('linking')) return 'citation';
  return 'note';
}

function readItem(item: unknown, index: number): TParsedW3cAnnotation | string {
  if (!isObject(item)) return 'Not an annotation (an object was expected).';
  if ((item.type !== undefined || item['@type'] !== undefined) && !hasType(item, 'Annotation')) {
    return `Not an Annotation (its type is ${JSON.stringify(item.type ?? item['@type']).slice(0, 60)}).`;
  }
  const selectors = selectorsOf(item);
  if (typeof selectors === 'string') return selectors;
  if (!selectors.length) return 'It has neither a TextQuoteSelector nor a TextPositionSelector, so it cannot be placed in a text.';

  let kind: TW3cKind | null = null;
  const tags = new Set<string>();
  const comments: string[] = [];
  const claim: TW3cClaim = {};
  const addTag = (value: unknown) => {
    const name = typeof value === 'string' ? value.trim() : '';
    if (name && name.length <= MAX_TAG) tags.add(name);
  };
  const addComment = (value: string) => {
    const text = value.trim();
    if (text) comments.push(text.slice(0, MAX_TEXT));
  };

  const bodies = [...list(item.body), ...(typeof item.bodyValue === 'string' ? [{ type: 'TextualBody', value: item.bodyValue }] : [])];
  for (const body of bodies) {
    if (!isObject(body) || typeof body.value !== 'string') continue; // a linked body (an IRI) has no text of ours
    const purposes = strings(body.purpose);
    if (isClaimField(body['schema:name'])) claim[body['schema:name']] = body.value.trim().slice(0, MAX_TEXT);
    else if (purposes.includes('classifying') && isKind(body.value.trim())) kind ??= body.value.trim() as TW3cKind;
    else if (purposes.includes('tagging') || purposes.includes('classifying')) addTag(body.value);
    else addComment(body.value);
  }
  // Hypothesis's own API format: tags and text beside the annotation, not in bodies.
  for (const tag of list(item.tags)) addTag(tag);
  if (typeof item.text === 'string') addComment(item.text);

  return {
    index,
    selectors,
    kind: kind ?? kindFromMotivation(item.motivation),
    tags: [...tags],
    comments,
    claim: Object.keys(claim).length ? claim : null,
  };
}

/**
 * The annotations in a parsed JSON file, each with its selectors, kind (its "classifying" body,
 * else from its motivation: assessing → claim, linking → citation, otherwise note), tags,
 * comments and claim fields. Items that cannot be placed are listed in `skipped` with a reason.
 */
export function parseW3cAnnotations(json: unknown, { maxAnnotations = Infinity }: { maxAnnotations?: number } = {}): TW3cParseResult {
  const items = itemsOf(json);
  if (typeof items === 'string') return { ok: false, error: items };
  if (items.length > maxAnnotations) {
    return {
      ok: false,
      error: `The file holds ${items.length.toLocaleString('en')} annotations; at most ${maxAnnotations.toLocaleString('en')} can be imported at once.`,
    };
  }
  const annotations: TParsedW3cAnnotation[] = [];
  const skipped: { index: number; reason: string }[] = [];
  items.forEach((item, index) => {
    const read = readItem(item, index);
    if (typeof read === 'string') skipped.push({ index, reason: read });
    else annotations.push(read);
  });
  return { ok: true, annotations, skipped };
}
