import type { LinkStatus } from '@/lib/generated/prisma/enums';
import { formatDateTime } from './link-status';
import { LinkStatusBadge } from './link-status-badge';

const WHAT_IT_MEANS: Record<LinkStatus, string> = {
  unchecked: 'Margin has not fetched this page yet.',
  alive: 'The page answers and its text is the same as in the last capture.',
  redirected: 'The address now leads to another page.',
  changed: 'The text differs from the previous capture. “Capture now” keeps the new text and acknowledges the change.',
  gone: 'The page no longer answers.',
};

type Health = {
  linkStatus: LinkStatus;
  lastCheckedAt: Date | null;
  statusChangedAt: Date | null;
  nextCheckAt: Date | null;
  lastError: string | null;
};

const When = ({ date }: { date: Date }) => <time dateTime={date.toISOString()}>{formatDateTime(date)}</time>;

/** The link's health: its status in words, since when, why the last check failed, and where a redirect leads. */
export function SourceHealth({ source, finalUrl }: { source: Health; finalUrl: string | null }) {
  return (
    <section aria-labelledby="link-health" className="mt-6 rounded-xl border border-rule bg-white p-4 text-sm">
      <h2 id="link-health" className="sr-only">
        Link health
      </h2>
      <p className="flex flex-wrap items-center gap-2">
        <LinkStatusBadge status={source.linkStatus} />
        <span>{WHAT_IT_MEANS[source.linkStatus]}</span>
      </p>
      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="text-muted">Last checked</dt>
        <dd>{source.lastCheckedAt ? <When date={source.lastCheckedAt} /> : 'never'}</dd>
        {source.statusChangedAt && (
          <>
            <dt className="text-muted">Status since</dt>
            <dd>
              <When date={source.statusChangedAt} />
            </dd>
          </>
        )}
        {source.nextCheckAt && (
          <>
            <dt className="text-muted">Next check</dt>
            <dd>
              <When date={source.nextCheckAt} />
            </dd>
          </>
        )}
        {source.lastError && (
          <>
            <dt className="text-muted">Last error</dt>
            <dd className="text-danger" data-testid="last-error">
              {source.lastError}
            </dd>
          </>
        )}
        {source.linkStatus === 'redirected' && finalUrl && (
          <>
            <dt className="text-muted">Now leads to</dt>
            <dd>
              <a href={finalUrl} target="_blank" rel="noopener noreferrer nofollow" className="break-all underline underline-offset-2">
                {finalUrl}
              </a>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
