import { describe, expect, it } from 'vitest';
import { formatJson } from './json';
import { collect, pagesOf, sampleClaim, sampleContext } from './sample-claims';

describe('formatJson', () => {
  it('streams one valid JSON array of claim objects, page by page', async () => {
    const claims = [1, 2, 3, 4, 5].map((index) => sampleClaim(index));
    const chunks: string[] = [];
    for await (const chunk of formatJson(pagesOf(claims, 2), sampleContext)) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(3);
    const parsed = JSON.parse(chunks.join(''));
    expect(parsed).toHaveLength(5);
    expect(parsed[0]).toMatchObject({
      id: 'claim1',
      verdict: 'verified',
      sources: [{ stance: 'supports' }, { stance: 'contradicts' }],
      annotation: { id: 'ann1', exact: 'over 16,500 containers of munitions' },
    });
    expect(parsed[0].annotation).not.toHaveProperty('comments');
  });

  it('is an empty array when nothing matches', async () => {
    expect(JSON.parse(await collect(formatJson(pagesOf([]), sampleContext)))).toEqual([]);
  });
});
