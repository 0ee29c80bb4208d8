import { cn } from '@/components/ui/cn';
import type { LinkStatus } from '@/lib/generated/prisma/enums';
import { LINK_STATUS_COLORS, LINK_STATUS_LABELS } from './link-status';

/** A source's link status as a labelled badge (text first; the colour only repeats it). */
export function LinkStatusBadge({ status, className }: { status: LinkStatus; className?: string }) {
  return (
    <span
      className={cn(
        'inline-block whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium',
        LINK_STATUS_COLORS[status],
        className,
      )}
      data-link-status={status}
    >
      {LINK_STATUS_LABELS[status]}
    </span>
  );
}
