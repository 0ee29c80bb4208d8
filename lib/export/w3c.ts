// W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/) for Margin's annotations.
// Pure: no Prisma, no React. The mapping, also described in docs/GUIDE.md ("W3C Web Annotations"):
//   id          `${baseUrl}/w/<slug>/documents/<documentId>?annotation=<id>` (opens it in Margin)
//   motivation  claim, figure → "assessing"; citation → "linking"; note → "commenting"
//   creator     { type: "Person", name, nickname } — an imported annotation keeps its first
//               author's name (as text); generator: Margin
//   audience    private notes carry { type: "schema:Audience", "schema:audienceType": "private" }
//               (they are exported to their author only, and imported back as private)
//   target      { source: the article's origin URL, else the document's URL in Margin,
//                 selector: [TextQuoteSelector, TextPositionSelector] } — the position is over
//                 the version's plain text counted in code points, as the model says (Margin
//                 stores UTF-16 units: lib/export/w3c-code-points.ts), and is left out for an orphan
//   body        TextualBody items, each with format text/plain:
//                 the kind    { purpose: "classifying", value: "claim" | "figure" | "citation" | "note" }
//                 each tag    { purpose: "tagging", value: <tag name> }
//                 comments    { purpose: "commenting" (a thread's first) | "replying" (an answer in
//                             that thread, written right after it), value, creator, created }
//                 the claim   { purpose: "describing" | "assessing", "schema:name": <field>, value } for
//                             the fields statement (describing), status, verdict, rationale (assessing),
//                             figureValue, figureUnit, figureCurrency (describing). `schema:` is a
//                             prefix the annotation context itself defines (http://schema.org/), so
//                             the document stays valid JSON-LD without a context of our own.
//               and, for a citation made from an imported link, the cited page as a linked body
//                             { id: <the source's address>, purpose: "linking" }
// A file is an AnnotationCollection with an `id`, `total`, and one page (`first` and `last`,
// `partOf` the collection) embedding every item; an empty collection has no page, as the
// model requires a page to hold at least one item (`toW3cCollection`).
import type { Selector, TextPositionSelector, TextQuoteSelector } from '@/lib/anchoring';
import {
  PRIVATE_AUDIENCE,
  W3C_ANNOTATION_CONTEXT,
  W3C_CLAIM_FIELDS,
  W3C_MOTIVATIONS,
  type TW3cClaim,
  type TW3cClaimField,
  type TW3cKind,
} from './w3c-terms';

export { parseW3cAnnotations, type TParsedW3cAnnotation, type TW3cParseResult } from './w3c-parse';

export {
  W3C_ANNOTATION_CONTEXT,
  W3C_CLAIM_FIELDS,
  W3C_KINDS,
  W3C_MOTIVATIONS,
  type TW3cClaim,
  type TW3cClaimField,
  type TW3cKind,
} from './w3c-terms';

export type TW3cPerson = { name: string | null; nickname?: string | null } | null;

export type TW3cAnnotationInput = {
  id: string;
  workspaceSlug: string;
  documentId: string;
  /** The article's own address, when it was imported from one: the target's source. */
  originUrl?: string | null;
  kind: TW3cKind;
  /** A private note (or citation) is exported only to its author, and says so. */
  visibility?: 'shared' | 'private';
  /** Where it sits now: its quote with context, and its offsets in code points (null when orphaned). */
  quote: Omit<TextQuoteSelector, 'type'>;
  position: Omit<TextPositionSelector, 'type'> | null;
  createdAt: Date | string;
  updatedAt: Date | string;
  author: TW3cPerson;
  tags: string[];
  /** Each thread's first comment (`parentId` null) and its replies, in any order. */
  comments?: { id: string; parentId: string | null; body: string; createdAt: Date | string; author: TW3cPerson }[];
  claim?: TW3cClaim | null;
  /** A citation made from an imported link: the address of the source it cites. */
  citedUrl?: string | null;
};

export type TW3cOptions = { baseUrl: string };

type TextualBody = { type: 'TextualBody'; purpose: string; value: string; [key: string]: unknown };
/** A web resource the annotation points to (an External Web Resource body of the model). */
type LinkedBody = { id: string; purpose: 'linking' };

// Already what toISOString writes, as the exports read timestamps (to_char in PostgreSQL): kept
// as is. Parsing each into a Date and back cost W3C exports more than reading them (bench:export).
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const iso = (value: Date | string) =>
  typeof value === 'string' && ISO_UTC.test(value) ? value : (typeof value === 'string' ? new Date(value) : value).toISOString();
const json = JSON.stringify;

/** `,"creator":{…}` when the creator is known (a deleted account's is not: no creator is written). */
const creatorJson = (who: TW3cPerson) =>
  who?.name ? `,"creator":{"type":"Person","name":${json(who.name)}${who.nickname ? `,"nickname":${json(who.nickname)}` : ''}}` : '';

/** `{ type, ...rest }` as JSON.stringify writes it. */
function typedJson(type: string, rest: object) {
  const fields = json(rest);
  return fields === '{}' ? `{"type":${json(type)}}` : `{"type":${json(type)},${fields.slice(1)}`;
}

/** Threads one after the other, each first comment followed by every answer in it (replies to replies too), by date. */
function threaded<T extends { id: string; parentId: string | null; createdAt: Date | string }>(comments: T[]) {
  if (comments.length <= 1) return comments.map((comment) => ({ comment, opensThread: true })); // most claims: nothing to sort
  const time = (comment: T) => new Date(comment.createdAt).getTime();
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  const rootOf = (comment: T) => {
    let at = comment;
    for (let depth = 0; at.parentId !== null && byId.has(at.parentId) && depth < comments.length; depth++) at = byId.get(at.parentId)!;
    return at.id;
  };
  const threads = new Map<string, T[]>();
  for (const comment of [...comments].sort((a, b) => time(a) - time(b))) {
    const root = rootOf(comment);
    threads.set(root, [...(threads.get(root) ?? []), comment]);
  }
  // By date, a thread's first comment comes before its answers.
  return [...threads.values()].flatMap((thread) => thread.map((comment, at) => ({ comment, opensThread: at === 0 })));
}

export function documentUrl(baseUrl: string, workspaceSlug: string, documentId: string) {
  return `${trimmedBase(baseUrl)}/w/${encodeURIComponent(workspaceSlug)}/documents/${encodeURIComponent(documentId)}`;
}

const trimmedBase = (baseUrl: string) => baseUrl.replace(/(?<!\/)\/+$/, '');

/** The software that wrote the file. */
export const generator = (baseUrl: string) => ({
  id: new URL('/', baseUrl).href,
  type: 'Software',
  name: 'Margin',
  homepage: new URL('/', baseUrl).href,
});

/** The last base URL's parts: an export writes the same ones into every annotation (two URL parses and a replace each). */
let lastBase: { baseUrl: string; trimmed: string; generator: string } | null = null;
function baseOf(baseUrl: string) {
  if (lastBase?.baseUrl !== baseUrl) lastBase = { baseUrl, trimmed: trimmedBase(baseUrl), generator: json(generator(baseUrl)) };
  return lastBase;
}

const CLAIM_FIELDS = Object.keys(W3C_CLAIM_FIELDS) as TW3cClaimField[];
const AUDIENCE_JSON = json(PRIVATE_AUDIENCE);

/**
 * One annotation as W3C Web Annotation JSON, written as text: the one place its shape is given
 * (toW3cAnnotation reads it back as an object). An export of 50,000 claims spent more on building
 * the objects and stringifying them than on reading the claims (docs/BENCHMARKS.md).
 */
export function w3cAnnotationJson(input: TW3cAnnotationInput, { baseUrl }: TW3cOptions): string {
  const base = baseOf(baseUrl);
  const docUrl = `${base.trimmed}/w/${encodeURIComponent(input.workspaceSlug)}/documents/${encodeURIComponent(input.documentId)}`;
  let body = `{"type":"TextualBody","purpose":"classifying","value":${json(input.kind)},"format":"text/plain"}`;
  for (const tag of input.tags) body += `,{"type":"TextualBody","purpose":"tagging","value":${json(tag)},"format":"text/plain"}`;
  for (const { comment, opensThread } of threaded(input.comments ?? [])) {
    body +=
      `,{"type":"TextualBody","purpose":"${opensThread ? 'commenting' : 'replying'}","value":${json(comment.body)},` +
      `"format":"text/plain","created":"${iso(comment.createdAt)}"${creatorJson(comment.author)}}`;
  }
  const { claim } = input;
  if (claim) {
    for (const field of CLAIM_FIELDS) {
      const value = claim[field];
      if (value === null || value === undefined || value === '') continue;
      body += `,{"type":"TextualBody","purpose":"${W3C_CLAIM_FIELDS[field]}","schema:name":"${field}","value":${json(String(value))},"format":"text/plain"}`;
    }
  }
  if (input.citedUrl) body += `,{"id":${json(input.citedUrl)},"purpose":"linking"}`;
  let selector = typedJson('TextQuoteSelector', input.quote);
  if (input.position) selector += `,${typedJson('TextPositionSelector', input.position)}`;
  return (
    `{"@context":"${W3C_ANNOTATION_CONTEXT}","id":${json(`${docUrl}?annotation=${encodeURIComponent(input.id)}`)},"type":"Annotation",` +
    `"motivation":"${W3C_MOTIVATIONS[input.kind]}","created":"${iso(input.createdAt)}","modified":"${iso(input.updatedAt)}"` +
    `${creatorJson(input.author)},"generator":${base.generator}${input.visibility === 'private' ? `,"audience":${AUDIENCE_JSON}` : ''}` +
    `,"body":[${body}],"target":{"source":${json(input.originUrl || docUrl)},"selector":[${selector}]}}`
  );
}

export type TW3cAnnotation = {
  '@context': typeof W3C_ANNOTATION_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: string;
  created: string;
  modified: string;
  creator?: { type: 'Person'; name: string; nickname?: string };
  generator: ReturnType<typeof generator>;
  audience?: typeof PRIVATE_AUDIENCE;
  body: (TextualBody | LinkedBody)[];
  target: { source: string; selector: Selector[] };
};

export const toW3cAnnotation = (input: TW3cAnnotationInput, options: TW3cOptions) =>
  JSON.parse(w3cAnnotationJson(input, options)) as TW3cAnnotation;

/** The id of a collection's one page: a part of the collection's own document. */
export const w3cPageId = (collectionId: string) => `${collectionId}#page1`;

/**
 * A file of annotations: an AnnotationCollection (W3C Web Annotation Protocol) whose one page,
 * `first` and `last`, embeds every annotation; an empty collection has no page. `id` is the
 * address the file was exported from. `parseW3cAnnotations` reads it back, as well as a bare
 * array, a single annotation or other tools' files.
 */
export function toW3cCollection(annotations: TW3cAnnotation[], { id, label }: { id: string; label?: string }) {
  const head = {
    '@context': W3C_ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    ...(label ? { label } : {}),
    total: annotations.length,
  };
  if (annotations.length === 0) return head;
  const page = w3cPageId(id);
  return { ...head, first: { id: page, type: 'AnnotationPage', partOf: id, startIndex: 0, items: annotations }, last: page };
}
