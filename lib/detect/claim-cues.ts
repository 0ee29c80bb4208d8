// The words that make a sentence worth checking, other than its figures: comparisons and
// superlatives, attributions, and quotations of at least four words.
import type { Span } from './types';

export const COMPARISON = new RegExp(
  '\\b(?:record|records|more than|less than|fewer than|greater than|higher than|lower than|larger than|smaller than|' +
    'bigger than|larger|largest|biggest|highest|lowest|smallest|greatest|fastest|slowest|worst|best|most|least|' +
    '(?:the|its|his|her|their|our) (?:first|only|last)|unprecedented|all-time|doubled|tripled|halved|' +
    'increased|decreased|rose|risen|fell|fallen|declined|surged|soared|plunged|dropped|jumped|' +
    'compared (?:with|to)|twice|times (?:as|more|less)|as many as|as much as|outnumber\\w*|exceed\\w*|surpass\\w*|' +
    'overtook|overtaken|majority|minority)\\b',
  'iu',
);

export const ATTRIBUTION = new RegExp(
  '\\b(?:according to|said|says|told|tells|stated|stating|states that|revealed|reveals|reported|reports|reporting|' +
    'announced|confirmed|confirms|claimed|claims|noted|added|adding|warned|emphasi[sz]ed|acknowledged|argued|' +
    'insisted|denied|estimated|estimates|cited|wrote|testified|alleged|admitted|vowed|pledged|promised|declared|' +
    'explained|disclosed|echoed|urged|urging|called for|condemned|denounced|statement|survey|poll|data from|' +
    'figures from|study|research by|' +
    // who is speaking or acting: office-holders and officials
    'spokes(?:person|man|woman)|minister|secretary|president|commissioner|ambassador|chancellor|governor|senator|' +
    'mayor|officials|representative|secretary-general|prime minister|chief executive|director)\\b',
  'iu',
);

const MIN_QUOTED_WORDS = 4;

/** Passages in quotation marks (curly or straight, paired within a paragraph) of four words or more. */
export function findQuotations(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(/“([^“”]*)”|"([^"\n]*(?:\n(?![^\S\n]*\n)[^"\n]*)*)"/gu)) {
    const inner = match[1] ?? match[2] ?? '';
    if (inner.split(/\s+/).filter(Boolean).length >= MIN_QUOTED_WORDS) {
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return spans;
}
