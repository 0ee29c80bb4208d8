// Reads W3C Web Annotations (ours, written by lib/export/w3c.ts, or other tools' — Hypothesis's
// JSON-LD, its API search results `{ total, rows }` and its client's export file
// `{ export_date, annotations }`) into what Margin can anchor. Pure and total: a bad item is
// skipped with a reason, a bad file is one error, nothing throws. TextPositionSelector offsets
// are code points here, as in the file (lib/export/w3c-plan.ts turns them into UTF-16 units).
import { z } from 'zod';
import type { Selector, TextPositionSelector, TextQuoteSelector } from '@/lib/anchoring';
import { W3C_CLAIM_FIELDS, W3C_KINDS, type TW3cClaim, type TW3cClaimField, type TW3cKind } from './w3c-terms';

/** A comment as the file has it: who wrote it and when, as text (they are not this desk's members). */
export type TParsedW3cComment = { body: string; reply: boolean; created: string | null; creator: string | null };

export type TParsedW3cAnnotation = {
  /** Its place in the file's list of annotations (0-based), for messages. */
  index: number;
  /** A TextQuoteSelector and/or a TextPositionSelector (offsets in code points), the quote first. */
  selectors: Selector[];
  kind: TW3cKind;
  /** Only its author may see it (our `audience`, Hypothesis's read permission): never imported as shared. */
  private: boolean;
  /** When it was made and by whom, as the file says. */
  created: string | null;
  creator: string | null;
  tags: string[];
  comments: TParsedW3cComment[];
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
const MAX_NAME = 200;

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

/** The annotations of a file: one annotation, an array, an AnnotationCollection or page, a Hypothesis search result or export file. */
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
  if (Array.isArray(json.annotations)) return json.annotations; // Hypothesis client export: { export_date, annotations }
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

/** A date the file gives, as ISO, or null when it is missing, not a date, or in the future. */
function dateOf(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 40) return null;
  const time = Date.parse(value);
  return Number.isFinite(time) && time <= Date.now() + 24 * 60 * 60 * 1000 ? new Date(time).toISOString() : null;
}

/** A person's name as text: a W3C creator (object, name or IRI) or Hypothesis's user fields. */
function nameOf(creator: unknown, item?: Json): string | null {
  const hypothesis =
    item && isObject(item.user_info) && typeof item.user_info.display_name === 'string' ? item.user_info.display_name : null;
  const account = item && typeof item.user === 'string' ? item.user.replace(/^acct:/, '').split('@')[0]! : null;
  const first = list(creator)[0];
  const named = isObject(first) ? (first.name ?? first.nickname) : null;
  const name = [hypothesis, typeof named === 'string' ? named : null, account].find((candidate) => candidate?.trim());
  return name ? name.trim().slice(0, MAX_NAME) : null;
}

/** Private: our audience says so, or Hypothesis's read permission names no group. */
function isPrivate(item: Json): boolean {
  const ours = list(item.audience).some(
    (audience) => isObject(audience) && [audience['schema:audienceType'], audience.audienceType].includes('private'),
  );
  const read = isObject(item.permissions) ? strings(item.permissions.read) : null;
  return ours || (read !== null && !read.some((reader) => reader.startsWith('group:')));
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
  const created = dateOf(item.created);
  const creator = nameOf(item.creator, item);
  const comments: TParsedW3cComment[] = [];
  const claim: TW3cClaim = {};
  const addTag = (value: unknown) => {
    const name = typeof value === 'string' ? value.trim() : '';
    if (name && name.length <= MAX_TAG) tags.add(name);
  };

  const bodies = [...list(item.body), ...(typeof item.bodyValue === 'string' ? [{ type: 'TextualBody', value: item.bodyValue }] : [])];
  for (const body of bodies) {
    if (!isObject(body) || typeof body.value !== 'string') continue; // a linked body (an IRI) has no text of ours
    const purposes = strings(body.purpose);
    if (isClaimField(body['schema:name'])) claim[body['schema:name']] = body.value.trim().slice(0, MAX_TEXT);
    else if (purposes.includes('classifying') && isKind(body.value.trim())) kind ??= body.value.trim() as TW3cKind;
    else if (purposes.includes('tagging') || purposes.includes('classifying')) addTag(body.value);
    else {
      // A body with its own date is a comment made on its own (ours are): no creator, none known.
      // Without one, it is the annotation's text, by the annotation's creator.
      const own = dateOf(body.created);
      const comment = commentOf(body.value, {
        reply: purposes.includes('replying'),
        created: own ?? created,
        creator: body.creator !== undefined ? nameOf(body.creator) : own ? null : creator,
      });
      if (comment) comments.push(comment);
    }
  }
  // Hypothesis's own API format: tags and text beside the annotation, not in bodies.
  for (const tag of list(item.tags)) addTag(tag);
  const text = typeof item.text === 'string' ? commentOf(item.text, { reply: false, created, creator }) : null;
  if (text) comments.push(text);

  return {
    index,
    selectors,
    kind: kind ?? kindFromMotivation(item.motivation),
    private: isPrivate(item),
    created,
    creator,
    tags: [...tags],
    comments,
    claim: Object.keys(claim).length ? claim : null,
  };
}

function commentOf(value: string, about: Omit<TParsedW3cComment, 'body'>): TParsedW3cComment | null {
  const body = value.trim().slice(0, MAX_TEXT);
  return body ? { body, ...about } : null;
}

/** A Hypothesis reply: an item that `references` the annotation it answers (the thread's root first). */
function replyTo(item: unknown): string | null {
  if (!isObject(item)) return null;
  const root = strings(item.references)[0];
  return root && root.length <= 200 ? root : null;
}

/** A reply's text as a comment of its thread's root annotation. */
function replyComment(item: Json): TParsedW3cComment | null {
  const text = typeof item.text === 'string' ? item.text : strings(list(item.body).map((body) => (isObject(body) ? body.value : null)))[0];
  return typeof text === 'string'
    ? commentOf(text, { reply: true, created: dateOf(item.created), creator: nameOf(item.creator, item) })
    : null;
}

/**
 * The annotations in a parsed JSON file, each with its selectors, kind (its "classifying" body,
 * else from its motivation: assessing → claim, linking → citation, otherwise note), visibility,
 * date and author, tags, comments (with theirs; Hypothesis replies, separate items that
 * `references` their root, become replies in the root's discussion) and claim fields. Items
 * that cannot be placed are listed in `skipped` with a reason.
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
  const byId = new Map<string, TParsedW3cAnnotation>();
  const replies: { index: number; item: Json; root: string }[] = [];
  items.forEach((item, index) => {
    const root = replyTo(item);
    if (root) return replies.push({ index, item: item as Json, root });
    const read = readItem(item, index);
    if (typeof read === 'string') return skipped.push({ index, reason: read });
    annotations.push(read);
    if (isObject(item) && typeof item.id === 'string') byId.set(item.id, read);
  });
  // Replies join their root's discussion, in the order of their dates.
  replies.sort((a, b) => String(a.item.created ?? '').localeCompare(String(b.item.created ?? '')));
  for (const { index, item, root } of replies) {
    const annotation = byId.get(root);
    const comment = replyComment(item);
    if (!annotation) skipped.push({ index, reason: 'It is a reply to an annotation that is not in the file.' });
    else if (comment) annotation.comments.push(comment);
  }
  skipped.sort((a, b) => a.index - b.index);
  return { ok: true, annotations, skipped };
}
