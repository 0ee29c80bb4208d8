import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlainText } from '@/lib/import';
import { detectClaims } from './index';

const raw = fs.readFileSync(path.join(import.meta.dirname, '../../prisma/seed/article.txt'), 'utf8');
const article = parsePlainText(raw)
  .blocks.map((block) => block.text)
  .join('\n\n');

const claimAt = (text: string, words: string) => {
  const at = text.indexOf(words);
  return detectClaims(text).find((claim) => claim.start <= at && at < claim.end);
};

describe('detectClaims', () => {
  it('gives each check-worthy sentence with its reasons', () => {
    const text =
      'Prices rose 12% in March 2024, the highest since 1993, the minister said. We like it. He called it “a very bad deal for everyone.”';
    expect(detectClaims(text)).toEqual([
      { start: 0, end: 73, reasons: ['figure', 'date', 'comparison', 'attribution'] },
      { start: 86, end: text.length, reasons: ['quotation'] },
    ]);
  });

  it('ignores scare quotes and opinion without cues', () => {
    expect(detectClaims('Brussels pursued “critical engagement” with resolve. The stakes are rising.')).toEqual([]);
  });

  it('finds the fixture’s figures, attributions and quotations', () => {
    expect(claimAt(article, 'According to US Deputy Assistant')?.reasons).toEqual(['figure', 'date', 'attribution']);
    expect(claimAt(article, 'South Korea has also become')?.reasons).toEqual(['figure', 'date', 'comparison']);
    expect(claimAt(article, 'To that end, NATO Secretary-General')?.reasons).toContain('quotation');
    expect(claimAt(article, 'The four European NGOs')?.reasons).toContain('figure');
    expect(claimAt(article, 'This realization is prompting')).toBeUndefined();
    expect(claimAt(article, 'Conclusion\n\n')).toBeUndefined();
  });

  it('keeps offsets inside the text', () => {
    for (const claim of detectClaims(raw)) {
      expect(raw.slice(claim.start, claim.end).trim()).toBe(raw.slice(claim.start, claim.end));
      expect(claim.reasons.length).toBeGreaterThan(0);
    }
  });
});
