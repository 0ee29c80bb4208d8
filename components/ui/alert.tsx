import { cn } from './cn';

/** A message announced to screen readers when it appears. */
export function Alert({ tone = 'error', className, children }: { tone?: 'error' | 'info'; className?: string; children: React.ReactNode }) {
  return (
    <p
      role={tone === 'error' ? 'alert' : 'status'}
      className={cn(
        'rounded-md border px-3 py-2 text-sm',
        tone === 'error' ? 'border-red-200 bg-red-50 text-danger' : 'border-amber-200 bg-amber-50 text-accent-strong',
        className,
      )}
    >
      {children}
    </p>
  );
}
