// detectClaims: the sentences worth checking, each with the reasons it was picked.
import { ATTRIBUTION, COMPARISON, findQuotations } from './claim-cues';
import { detectFigures } from './figures';
import { splitSentences } from './sentences';
import type { ClaimReason, DetectedClaim, Span } from './types';

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function detectClaims(text: string): DetectedClaim[] {
  const figures = detectFigures(text);
  const quotations = findQuotations(text);
  const claims: DetectedClaim[] = [];
  let figureIndex = 0;
  let quoteIndex = 0;
  for (const sentence of splitSentences(text)) {
    const words = text.slice(sentence.start, sentence.end);
    const reasons = new Set<ClaimReason>();
    while (figureIndex < figures.length && figures[figureIndex]!.end <= sentence.start) figureIndex++;
    for (let k = figureIndex; k < figures.length && figures[k]!.start < sentence.end; k++) {
      reasons.add(figures[k]!.kind === 'date' ? 'date' : 'figure');
    }
    if (COMPARISON.test(words)) reasons.add('comparison');
    if (ATTRIBUTION.test(words)) reasons.add('attribution');
    while (quoteIndex < quotations.length && quotations[quoteIndex]!.end <= sentence.start) quoteIndex++;
    for (let k = quoteIndex; k < quotations.length && quotations[k]!.start < sentence.end; k++) {
      if (overlaps(quotations[k]!, sentence)) reasons.add('quotation');
    }
    if (reasons.size) claims.push({ ...sentence, reasons: REASON_ORDER.filter((reason) => reasons.has(reason)) });
  }
  return claims;
}

const REASON_ORDER: ClaimReason[] = ['figure', 'date', 'comparison', 'attribution', 'quotation'];
