'use client';

import { cn } from '@/components/ui/cn';
import { useLive } from './live-provider';
import type { LiveStatus } from './use-live-connection';

const LABELS: Record<LiveStatus, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  offline: 'Offline — changes appear when the connection returns',
  revoked: 'Your access to this workspace was removed: changes no longer appear',
};

const DOTS: Record<LiveStatus, string> = {
  connecting: 'bg-stone-300',
  live: 'bg-emerald-500',
  reconnecting: 'bg-amber-400 animate-pulse',
  offline: 'bg-stone-400',
  revoked: 'bg-red-500',
};

/** Whether the page is receiving others' changes, announced politely when that changes. */
export function LiveIndicator({ className }: { className?: string }) {
  const live = useLive();
  if (!live) return null;
  return (
    <p
      role="status"
      className={cn('inline-flex items-center gap-1.5 text-xs', live.status === 'revoked' ? 'text-danger' : 'text-muted', className)}
      data-testid="live-status"
      data-status={live.status}
      data-last-event={live.lastHandledId ?? undefined}
    >
      <span aria-hidden="true" className={cn('inline-block h-2 w-2 rounded-full', DOTS[live.status])} />
      {LABELS[live.status]}
    </p>
  );
}
