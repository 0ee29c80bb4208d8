'use client';

import { SubmitButton } from '@/components/ui/submit-button';
import { cn } from '@/components/ui/cn';
import { STALE_MESSAGE } from '@/lib/versioning';

/** The newer state of an object, as someone else saved it. */
export function CurrentVersion({ fields, className }: { fields: { label: string; value: React.ReactNode }[]; className?: string }) {
  return (
    <div className={cn('rounded-md border border-rule bg-paper px-3 py-2 text-sm', className)} data-testid="current-version">
      <p className="text-xs font-medium tracking-wide text-muted uppercase">Current version</p>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
        {fields.map((field) => (
          <div key={field.label} className="contents">
            <dt className="text-muted">{field.label}</dt>
            <dd className="break-words">{field.value || <span className="text-muted">—</span>}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/**
 * Inside a form of useFormMutation for a versioned object, after someone else's change won: the message, the current
 * version, and a button submitting the form (what this person typed) on top of that version.
 * The button waits until the newer version has arrived (`currentVersion` moved past `staleFrom`).
 */
export function StaleNotice({
  staleFrom,
  currentVersion,
  fields,
  className,
}: {
  staleFrom: number | null;
  currentVersion: number;
  fields: { label: string; value: React.ReactNode }[];
  className?: string;
}) {
  if (staleFrom === null) return null;
  const loaded = currentVersion !== staleFrom;
  return (
    <div className={cn('flex flex-col gap-2 rounded-md border border-red-200 bg-red-50 p-3', className)} data-testid="stale-notice">
      <p role="alert" className="text-sm text-danger">
        {STALE_MESSAGE}
      </p>
      {loaded ? <CurrentVersion fields={fields} /> : <p className="text-sm text-muted">Loading the current version…</p>}
      <div>
        <SubmitButton {...(!loaded && { disabled: true })} pendingLabel="Applying…">
          Apply my change again
        </SubmitButton>
      </div>
    </div>
  );
}
