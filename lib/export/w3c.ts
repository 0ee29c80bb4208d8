// W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/) for Margin's annotations.
// Pure: no Prisma, no React. The mapping, also described in docs/GUIDE.md ("W3C Web Annotations"):
//   id          `${baseUrl}/w/<slug>/documents/<documentId>?annotation=<id>` (opens it in Margin)
//   motivation  claim, figure → "assessing"; citation → "linking"; note → "commenting"
//   target      { source: the article's origin URL, else the document's URL in Margin,
//                 selector: [TextQuoteSelector, TextPositionSelector] } — the position is over
//                 the version's plain text (lib/text-model) and is left out for an orphan
//   body        TextualBody items:
//                 the kind    { purpose: "classifying", value: "claim" | "figure" | "citation" | "note" }
//                 each tag    { purpose: "tagging", value: <tag name> }
//                 comments    { purpose: "commenting" (a thread's first) | "replying", value, creator, created }
//                 the claim   { purpose: "describing" | "assessing", "schema:name": <field>, value } for
//                             the fields statement (describing), status, verdict, rationale (assessing),
//                             figureValue, figureUnit, figureCurrency (describing). `schema:` is a
//                             prefix the annotation context itself defines (http://schema.org/), so
//                             the document stays valid JSON-LD without a context of our own.
// A file is an AnnotationCollection whose `first` page embeds every item (`toW3cCollection`).
import type { Selector, TextPositionSelector, TextQuoteSelector } from '@/lib/anchoring';
import { W3C_ANNOTATION_CONTEXT, W3C_CLAIM_FIELDS, W3C_MOTIVATIONS, type TW3cClaim, type TW3cClaimField, type TW3cKind } from './w3c-terms';

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

export type TW3cPerson = { name: string | null } | null;

export type TW3cAnnotationInput = {
  id: string;
  workspaceSlug: string;
  documentId: string;
  /** The article's own address, when it was imported from one: the target's source. */
  originUrl?: string | null;
  kind: TW3cKind;
  /** Where it sits now: its quote with context, and its offsets (null when orphaned). */
  quote: Omit<TextQuoteSelector, 'type'>;
  position: Omit<TextPositionSelector, 'type'> | null;
  createdAt: Date | string;
  updatedAt: Date | string;
  author: TW3cPerson;
  tags: string[];
  comments?: { body: string; isReply: boolean; createdAt: Date | string; author: TW3cPerson }[];
  claim?: TW3cClaim | null;
};

export type TW3cOptions = { baseUrl: string };

type TextualBody = { type: 'TextualBody'; purpose: string; value: string; [key: string]: unknown };

const iso = (value: Date | string) => (typeof value === 'string' ? new Date(value) : value).toISOString();
const person = (who: TW3cPerson) => ({ type: 'Person', name: who?.name || 'Unknown' });

export function documentUrl(baseUrl: string, workspaceSlug: string, documentId: string) {
  return `${baseUrl.replace(/(?<!\/)\/+$/, '')}/w/${encodeURIComponent(workspaceSlug)}/documents/${encodeURIComponent(documentId)}`;
}

export function toW3cAnnotation(input: TW3cAnnotationInput, { baseUrl }: TW3cOptions) {
  const docUrl = documentUrl(baseUrl, input.workspaceSlug, input.documentId);
  const selector: Selector[] = [{ type: 'TextQuoteSelector', ...input.quote }];
  if (input.position) selector.push({ type: 'TextPositionSelector', ...input.position });
  const body: TextualBody[] = [
    { type: 'TextualBody', purpose: 'classifying', value: input.kind },
    ...input.tags.map((value): TextualBody => ({ type: 'TextualBody', purpose: 'tagging', value })),
    ...(input.comments ?? []).map((comment): TextualBody => ({
      type: 'TextualBody',
      purpose: comment.isReply ? 'replying' : 'commenting',
      value: comment.body,
      format: 'text/plain',
      created: iso(comment.createdAt),
      creator: person(comment.author),
    })),
    ...claimBodies(input.claim),
  ];
  return {
    '@context': W3C_ANNOTATION_CONTEXT,
    id: `${docUrl}?annotation=${encodeURIComponent(input.id)}`,
    type: 'Annotation',
    motivation: W3C_MOTIVATIONS[input.kind],
    created: iso(input.createdAt),
    modified: iso(input.updatedAt),
    creator: person(input.author),
    body,
    target: { source: input.originUrl || docUrl, selector },
  };
}

function claimBodies(claim: TW3cClaim | null | undefined): TextualBody[] {
  if (!claim) return [];
  return (Object.keys(W3C_CLAIM_FIELDS) as TW3cClaimField[]).flatMap((field) => {
    const value = claim[field];
    if (value === null || value === undefined || value === '') return [];
    return [{ type: 'TextualBody', purpose: W3C_CLAIM_FIELDS[field], 'schema:name': field, value: String(value) }];
  });
}

export type TW3cAnnotation = ReturnType<typeof toW3cAnnotation>;

/**
 * A file of annotations: an AnnotationCollection (W3C Web Annotation Protocol) whose first and
 * only page embeds every annotation. `parseW3cAnnotations` reads it back, as well as a bare
 * array or a single annotation.
 */
export function toW3cCollection(annotations: TW3cAnnotation[], { id, label }: { id?: string; label?: string } = {}) {
  return {
    '@context': W3C_ANNOTATION_CONTEXT,
    ...(id ? { id } : {}),
    type: 'AnnotationCollection',
    ...(label ? { label } : {}),
    total: annotations.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: annotations },
  };
}
