import 'server-only';
import { parseFigure } from '@/lib/detect';
import type { AnnotationKind } from '@/lib/generated/prisma/enums';

/** Beyond what the figure column (Decimal(30, 6)) holds: keep the words, not a value. */
const LARGEST_VALUE = 1e23;

/**
 * What a new claim starts with: its statement is the quoted text; a figure also gets the value
 * lib/detect reads in it ("over 16,500 containers" → 16500 containers, qualifier "over").
 */
export function initialClaimFields(kind: AnnotationKind, exact: string) {
  const statement = exact.replace(/\s+/g, ' ').trim();
  if (kind !== 'figure') return { statement };
  const figure = parseFigure(exact);
  if (!figure) return { statement };
  const value = figure.value !== undefined && Math.abs(figure.value) < LARGEST_VALUE ? figure.value : null;
  return {
    statement,
    figureKind: figure.kind,
    figureValue: value,
    figureUnit: figure.unit ?? null,
    figureCurrency: figure.currency ?? null,
    figureQualifier: figure.qualifier ?? null,
    figureDates: figure.dates ?? [],
  };
}

export const hasClaim = (kind: AnnotationKind) => kind === 'claim' || kind === 'figure';
