// Which suggestions a checker should see first. Sums of money, percentages, large or hedged
// amounts and full dates are what fact-checks are made of; a year standing alone ("in 2022")
// and a small count ("two people") are usually context. Check-worthy sentences sit between.
import type { Figure } from './types';

/** 0 first: money, percentages, large, ranged or hedged amounts, full dates; 1: claims; 2: bare years and small counts. */
export type SuggestionTier = 0 | 1 | 2;

const BARE_YEAR = /^\d{4}$/;

export function figureTier(figure: Pick<Figure, 'kind' | 'text' | 'parsed'>): SuggestionTier {
  const { parsed } = figure;
  if (parsed.kind === 'money' || parsed.kind === 'percent') return 0;
  if (parsed.kind === 'date') {
    const dates = parsed.dates ?? [];
    const onlyYears = dates.length > 0 && dates.every((date) => BARE_YEAR.test(date));
    return onlyYears && !parsed.qualifier && BARE_YEAR.test(figure.text.trim()) ? 2 : 0;
  }
  if (parsed.min !== undefined || parsed.max !== undefined || parsed.qualifier) return 0;
  return (parsed.value ?? 0) >= 100 ? 0 : 2;
}

export const CLAIM_TIER: SuggestionTier = 1;
