// Where each annotation of a W3C Web Annotation file goes in a version's text: the CPU-heavy half
// of an import (parsing, then approximate anchoring of every quote), pure so that it runs in a
// worker thread; the server writes the plan in one transaction.
import { anchor, describe, type Selector, type TextQuoteSelector } from '@/lib/anchoring';
import { codePointIndex } from './w3c-code-points';
import { parseW3cAnnotations, type TParsedW3cAnnotation } from './w3c-parse';

export type TW3cSkipped = { index: number; reason: string };
export type TW3cPlanned = { parsed: TParsedW3cAnnotation; quote: TextQuoteSelector; place: { start: number; end: number } | null };
export type TW3cPlan = { ok: true; planned: TW3cPlanned[]; skipped: TW3cSkipped[] } | { ok: false; error: string };

/** Each annotation's new place in `text` (described afresh), or nowhere (an orphan keeping the imported quote). */
export function planW3cImport({ text, json, maxAnnotations }: { text: string; json: unknown; maxAnnotations: number }): TW3cPlan {
  const parsed = parseW3cAnnotations(json, { maxAnnotations });
  if (!parsed.ok) return parsed;
  if (!parsed.annotations.length && !parsed.skipped.length) return { ok: false, error: 'The file holds no annotations.' };
  const skipped = [...parsed.skipped];
  const codePoints = codePointIndex(text);
  /** The file's offsets count code points; anchoring counts UTF-16 units. Offsets beyond the text are dropped. */
  const inUnits = (selectors: Selector[]): Selector[] =>
    selectors.flatMap((selector): Selector[] => {
      if (selector.type !== 'TextPositionSelector') return [selector];
      const start = codePoints.toUnits(selector.start);
      const end = codePoints.toUnits(selector.end);
      return start === null || end === null ? [] : [{ ...selector, start, end }];
    });
  const planned = parsed.annotations.flatMap((annotation): TW3cPlanned[] => {
    const imported = annotation.selectors.find((selector): selector is TextQuoteSelector => selector.type === 'TextQuoteSelector');
    if (!imported) {
      // Offsets alone cannot be checked against this text: placing them could mark the wrong words.
      skipped.push({
        index: annotation.index,
        reason: 'It has only a TextPositionSelector: without a TextQuoteSelector its words cannot be checked in this text.',
      });
      return [];
    }
    const found = anchor(text, inUnits(annotation.selectors));
    if (!found || !text.slice(found.start, found.end).trim()) return [{ parsed: annotation, quote: imported, place: null }];
    return [{ parsed: annotation, quote: describe(text, found.start, found.end)[0], place: found }];
  });
  skipped.sort((a, b) => a.index - b.index);
  return { ok: true, planned, skipped };
}
