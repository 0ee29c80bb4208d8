import { describe, expect, it } from 'vitest';
import { escapeMarkdown, formatMarkdown } from './markdown';
import { collect, pagesOf, sampleClaim, sampleContext } from './sample-claims';

describe('formatMarkdown', () => {
  it('is a title, then a section per claim: statement, verdict, rationale, sources as links, quote', async () => {
    const text = await collect(formatMarkdown(pagesOf([sampleClaim(1), sampleClaim(2, { verdict: 'false' })]), sampleContext));
    const lines = text.split('\n');
    expect(lines[0]).toBe('# Claims of Demo desk');
    expect(text).toContain('Exported from [Demo desk](https://margin.example/w/desk) on 2026-11-25 (status: reviewed).');
    expect(lines.filter((line) => line.startsWith('## '))).toEqual([
      '## 1. North Korea has shipped over 16501 containers of munitions to Russia.',
      '## 2. North Korea has shipped over 16502 containers of munitions to Russia.',
    ]);
    expect(text).toContain('**Verdict: Verified** · Reviewed — reviewed by ben@example.test on 2026-11-21');
    expect(text).toContain('**Verdict: False**');
    expect(text).toContain('Confirmed by the ministry’s figures, "page 4", and by satellite images.');
    expect(text).toContain(
      '- Supports: [Politico: munitions](https://www.politico.eu/article/north-korea-munitions) — “over 16,500 containers”',
    );
    expect(text).toContain('- Contradicts: [https://reliefweb.int/report/x?a=1&b=(2)](https://reliefweb.int/report/x?a=1&b=%282%29)');
    expect(text).toContain('Quoted in the text (version 1):\n\n> over 16,500 containers of munitions');
    expect(text).toContain(
      '[Arms and alliances](https://margin.example/w/desk/documents/doc1) · [Open in Margin](https://margin.example/w/desk/documents/doc1?annotation=ann1)',
    );
  });

  it('says when a claim’s words are no longer in the text, with the words it was quoted as', async () => {
    const claim = sampleClaim(1);
    const orphan = { ...claim, annotation: { ...claim.annotation, orphaned: true, version: 3, start: null, end: null } };
    const text = await collect(formatMarkdown(pagesOf([orphan]), sampleContext));
    expect(text).toContain(
      '**Orphaned:** these words are no longer in the text (version 3); they were quoted as:\n\n> over 16,500 containers of munitions',
    );
    expect(text).not.toContain('Quoted in the text');
  });

  it('shows the words the verdict judged when they changed since', async () => {
    const claim = sampleClaim(1, { verdictWords: { words: 'over 16,000 containers', version: 1, changedAt: '2026-12-01T10:00:00.000Z' } });
    const text = await collect(formatMarkdown(pagesOf([claim]), sampleContext));
    expect(text).toContain('**Words changed since the verdict** (2026-12-01); the verdict judged:\n\n> over 16,000 containers');
    expect(await collect(formatMarkdown(pagesOf([sampleClaim(1)]), sampleContext))).not.toContain('Words changed');
  });

  it('names the document in the title of one document’s report and says when nothing matches', async () => {
    const text = await collect(formatMarkdown(pagesOf([]), { ...sampleContext, document: { id: 'doc1', title: 'Arms and alliances' } }));
    expect(text.split('\n')[0]).toBe('# Claims of “Arms and alliances”');
    expect(text).toContain('No claims match.');
  });

  it('escapes what Markdown would read as formatting', () => {
    expect(escapeMarkdown('*bold* [link](x) <b> #1')).toBe('\\*bold\\* \\[link\\](x) \\<b\\> \\#1');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
  });
});
