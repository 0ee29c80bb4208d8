import { STATUS_LABELS, VERDICT_LABELS } from '@/lib/claims/labels';
import { CLAIM_STATUSES, VERDICTS } from '@/lib/claims/workflow';
import type { ClaimStatus, Verdict } from '@/lib/generated/prisma/enums';
import type { ClaimProgressCounts } from '@/lib/server/claims/get-claim-progress';

const STATUS_COLOURS: Record<ClaimStatus, string> = {
  unchecked: 'bg-stone-300',
  in_progress: 'bg-sky-500',
  proposed: 'bg-amber-500',
  reviewed: 'bg-emerald-600',
};

const VERDICT_COLOURS: Record<Verdict, string> = {
  verified: 'bg-emerald-600',
  false: 'bg-red-600',
  misleading: 'bg-orange-500',
  unverifiable: 'bg-stone-500',
};

type Part = { key: string; label: string; count: number; colour: string };

const percent = (count: number, total: number) => (total === 0 ? 0 : Math.round((count / total) * 100));

/** A stacked bar with its legend; the bar is one image to screen readers, the legend is the data. */
function StackedBar({ title, parts, total }: { title: string; parts: Part[]; total: number }) {
  const description = parts.map((part) => `${part.count} ${part.label}`).join(', ');
  return (
    <figure className="mt-3">
      <figcaption className="text-sm font-medium">{title}</figcaption>
      <div role="img" aria-label={`${title}: ${description}`} className="mt-1.5 flex h-3 w-full overflow-hidden rounded-full bg-stone-100">
        {parts
          .filter((part) => part.count > 0)
          .map((part) => (
            <div key={part.key} className={part.colour} style={{ width: `${(part.count / total) * 100}%` }} />
          ))}
      </div>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
        {parts.map((part) => (
          <li key={part.key} className="flex items-center gap-1.5">
            <span aria-hidden className={`inline-block size-2.5 rounded-full ${part.colour}`} />
            <span>
              {part.label}: <span className="font-medium text-ink tabular-nums">{part.count}</span>
              {total > 0 && <span className="tabular-nums"> ({percent(part.count, total)}%)</span>}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/**
 * How far the checking of a document has got: its claims by status, and the verdicts of the
 * reviewed ones. Load the counts with getClaimProgress (lib/server/claims/get-claim-progress).
 */
export function ClaimProgress({ progress, className }: { progress: ClaimProgressCounts; className?: string }) {
  const reviewed = progress.byStatus.reviewed;
  return (
    <section aria-label="Checking progress" className={`rounded-xl border border-rule bg-white px-5 py-4 ${className ?? ''}`}>
      <h2 className="text-sm font-medium uppercase tracking-wide text-muted">Progress</h2>
      {progress.total === 0 ? (
        <p className="mt-2 text-sm text-muted">No claims marked yet.</p>
      ) : (
        <>
          <p className="mt-1 text-sm">
            <span className="font-medium tabular-nums">{reviewed}</span> of <span className="tabular-nums">{progress.total}</span>{' '}
            {progress.total === 1 ? 'claim' : 'claims'} reviewed ({percent(reviewed, progress.total)}%).
          </p>
          <StackedBar
            title="Claims by status"
            total={progress.total}
            parts={CLAIM_STATUSES.map((status) => ({
              key: status,
              label: STATUS_LABELS[status],
              count: progress.byStatus[status],
              colour: STATUS_COLOURS[status],
            }))}
          />
          {reviewed > 0 && (
            <StackedBar
              title="Verdicts of reviewed claims"
              total={reviewed}
              parts={VERDICTS.map((verdict) => ({
                key: verdict,
                label: VERDICT_LABELS[verdict],
                count: progress.reviewedVerdicts[verdict],
                colour: VERDICT_COLOURS[verdict],
              }))}
            />
          )}
        </>
      )}
    </section>
  );
}
