import type { ClaimView } from '@/components/data/entity-keys';

const number = new Intl.NumberFormat('en', { maximumFractionDigits: 6 });

/** The typed value read from a figure: "over 16,500 containers" → over · 16,500 · containers. */
export function ClaimFigure({ claim }: { claim: ClaimView }) {
  const parts = [
    claim.figureQualifier,
    claim.figureValue !== null ? number.format(claim.figureValue) : null,
    claim.figureCurrency ?? claim.figureUnit,
    claim.figureDates.length ? claim.figureDates.join(', ') : null,
  ].filter(Boolean);
  return (
    <div>
      <h4 className="text-xs font-semibold uppercase tracking-wide text-muted">Figure ({claim.figureKind})</h4>
      <p data-testid="claim-figure">{parts.length ? parts.join(' · ') : 'No value could be read from these words.'}</p>
    </div>
  );
}
