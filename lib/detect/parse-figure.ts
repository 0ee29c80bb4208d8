// parseFigure: the typed value of a figure a person selected ("over 16,500 containers of
// munitions" → 16500 containers, qualifier "over"), as a Claim stores it.
import { detectFigures } from './figures';
import type { FigureValue } from './types';

/**
 * The value of the first figure in `text`. When the text holds only dates ("October 9 and
 * November 20, 2001", "2003 and 2006"), all of them. Null when there is no figure.
 */
export function parseFigure(text: string): FigureValue | null {
  const figures = detectFigures(text);
  const [first] = figures;
  if (!first) return null;
  if (figures.length > 1 && figures.every((figure) => figure.kind === 'date' && figure.parsed.dates)) {
    return { ...first.parsed, dates: figures.flatMap((figure) => figure.parsed.dates ?? []) };
  }
  return first.parsed;
}
