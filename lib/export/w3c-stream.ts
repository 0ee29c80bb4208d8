// W3C Web Annotation JSON-LD as a stream: an AnnotationCollection whose one page embeds every
// item, written annotation by annotation (its `total` comes after the page, once counted; an
// empty export is a collection without a page, as toW3cCollection writes it). Each item is w3cAnnotationJson's (lib/export/w3c.ts);
// each annotation is where it sits in its document's latest version (ExportClaim.annotation).
import { toW3cCollection, w3cAnnotationJson, w3cPageId, W3C_ANNOTATION_CONTEXT } from './w3c';
import type { ExportClaim, ExportContext } from './types';
import { mentionsToText } from '@/lib/comments/mentions';

/** A person as a W3C creator: their name (else email) and, as nickname, their email's local part. */
export const w3cPerson = (who: { name: string | null; email: string } | null) =>
  who ? { name: who.name || who.email, nickname: who.email.split('@')[0] || null } : null;

export function toW3cInput(claim: ExportClaim, workspaceSlug: string) {
  const { annotation } = claim;
  const figure = claim.figure;
  return {
    id: annotation.id,
    workspaceSlug,
    documentId: claim.document.id,
    originUrl: claim.document.originUrl,
    kind: annotation.kind,
    visibility: 'shared' as const,
    quote: { exact: annotation.exact, prefix: annotation.prefix, suffix: annotation.suffix },
    position: annotation.codePoints,
    createdAt: annotation.createdAt,
    updatedAt: annotation.updatedAt,
    author: w3cPerson(annotation.author),
    tags: annotation.tags.map((tag) => tag.name),
    comments: annotation.comments.map((comment) => ({
      id: comment.id,
      parentId: comment.parentId,
      body: mentionsToText(comment.body),
      createdAt: comment.createdAt,
      author: w3cPerson(comment.author),
    })),
    claim: {
      statement: claim.statement,
      status: claim.status,
      verdict: claim.verdict,
      rationale: claim.rationale,
      figureValue: figure?.value ?? null,
      figureUnit: figure?.unit ?? null,
      figureCurrency: figure?.currency ?? null,
    },
  };
}

export async function* formatW3c(pages: AsyncIterable<ExportClaim[]>, context: ExportContext & { baseUrl: string }): AsyncIterable<string> {
  const label = context.document ? `Claims of “${context.document.title}”` : `Claims of ${context.workspace.name}`;
  const id = context.exportUrl;
  let total = 0;
  for await (const page of pages) {
    if (page.length === 0) continue;
    const items = page.map((claim) => w3cAnnotationJson(toW3cInput(claim, context.workspace.slug), { baseUrl: context.baseUrl }));
    if (total === 0) {
      const head = { '@context': W3C_ANNOTATION_CONTEXT, id, type: 'AnnotationCollection', label };
      const first = { id: w3cPageId(id), type: 'AnnotationPage', partOf: id, startIndex: 0 };
      yield `${JSON.stringify(head).slice(0, -1)},"first":${JSON.stringify(first).slice(0, -1)},"items":[\n${items.join(',\n')}`;
    } else {
      yield `,\n${items.join(',\n')}`;
    }
    total += page.length;
  }
  if (total === 0) yield `${JSON.stringify(toW3cCollection([], { id, label }))}\n`;
  else yield `\n]},"last":${JSON.stringify(w3cPageId(id))},"total":${total}}\n`;
}
