// W3C Web Annotation JSON-LD as a stream: an AnnotationCollection whose first page embeds every
// item, written annotation by annotation. Each item is toW3cAnnotation's (lib/export/w3c.ts);
// each annotation is where it sits in its document's latest version (ExportClaim.annotation).
import { toW3cAnnotation, W3C_ANNOTATION_CONTEXT } from './w3c';
import type { ExportClaim, ExportContext } from './types';

export function toW3cInput(claim: ExportClaim, workspaceSlug: string) {
  const { annotation } = claim;
  const figure = claim.figure;
  return {
    id: annotation.id,
    workspaceSlug,
    documentId: claim.document.id,
    originUrl: claim.document.originUrl,
    kind: annotation.kind,
    quote: { exact: annotation.exact, prefix: annotation.prefix, suffix: annotation.suffix },
    position: annotation.start === null || annotation.end === null ? null : { start: annotation.start, end: annotation.end },
    createdAt: annotation.createdAt,
    updatedAt: annotation.updatedAt,
    author: annotation.author ? { name: annotation.author.name || annotation.author.email } : null,
    tags: annotation.tags.map((tag) => tag.name),
    comments: annotation.comments.map((comment) => ({
      body: comment.body,
      isReply: comment.parentId !== null,
      createdAt: comment.createdAt,
      author: comment.author ? { name: comment.author.name || comment.author.email } : null,
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
  const head = { '@context': W3C_ANNOTATION_CONTEXT, type: 'AnnotationCollection', label };
  yield `${JSON.stringify(head).slice(0, -1)},"first":{"type":"AnnotationPage","startIndex":0,"items":[`;
  let first = true;
  for await (const page of pages) {
    if (page.length === 0) continue;
    const items = page.map((claim) => {
      const item = `${first ? '' : ','}\n${JSON.stringify(toW3cAnnotation(toW3cInput(claim, context.workspace.slug), { baseUrl: context.baseUrl }))}`;
      first = false;
      return item;
    });
    yield items.join('');
  }
  yield `${first ? '' : '\n'}]}}\n`;
}
