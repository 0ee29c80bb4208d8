import { describe, expect, it } from 'vitest';
import { parseW3cAnnotations } from './w3c';
import { collect, pagesOf, sampleClaim, sampleContext } from './sample-claims';
import { formatW3c } from './w3c-stream';

describe('formatW3c', () => {
  it('streams an AnnotationCollection of the claims’ annotations that the W3C reader reads back', async () => {
    const claims = [
      sampleClaim(1),
      sampleClaim(2, {
        annotation: {
          ...sampleClaim(2).annotation,
          comments: [
            {
              id: 'c1',
              parentId: null,
              body: 'Which table?',
              author: null,
              createdAt: '2026-11-20T00:00:00.000Z',
              updatedAt: '2026-11-20T00:00:00.000Z',
            },
          ],
        },
      }),
    ];
    const text = await collect(formatW3c(pagesOf(claims, 1), { ...sampleContext, baseUrl: 'https://margin.example' }));
    const collection = JSON.parse(text);
    expect(collection).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: sampleContext.exportUrl,
      type: 'AnnotationCollection',
      total: 2,
      first: { id: `${sampleContext.exportUrl}#page1`, type: 'AnnotationPage', partOf: sampleContext.exportUrl, startIndex: 0 },
      last: `${sampleContext.exportUrl}#page1`,
    });
    expect(collection.first.items).toHaveLength(2);
    expect(collection.first.items[0].target).toMatchObject({
      source: 'https://example.org/article',
      selector: [
        { type: 'TextQuoteSelector', exact: 'over 16,500 containers of munitions' },
        { type: 'TextPositionSelector', start: 120, end: 155 },
      ],
    });
    const parsed = parseW3cAnnotations(collection);
    expect(
      parsed.ok &&
        parsed.annotations.map((annotation) => [
          annotation.kind,
          annotation.tags,
          annotation.comments.map((comment) => comment.body),
          annotation.claim?.verdict,
        ]),
    ).toEqual([
      ['figure', ['Defence'], [], 'verified'],
      ['figure', ['Defence'], ['Which table?'], 'verified'],
    ]);
  });

  it('writes positions in code points, and an empty export as a collection without a page', async () => {
    const claim = sampleClaim(1);
    const emoji = { ...claim, annotation: { ...claim.annotation, start: 122, end: 157, codePoints: { start: 120, end: 155 } } };
    const text = await collect(formatW3c(pagesOf([emoji]), { ...sampleContext, baseUrl: 'https://margin.example' }));
    expect(JSON.parse(text).first.items[0].target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 120, end: 155 });
    const empty = JSON.parse(await collect(formatW3c(pagesOf([]), { ...sampleContext, baseUrl: 'https://margin.example' })));
    expect(empty).toEqual({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: sampleContext.exportUrl,
      type: 'AnnotationCollection',
      label: 'Claims of Demo desk',
      total: 0,
    });
  });
});
