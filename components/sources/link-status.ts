// How a source's link status reads in the interface: always words, the colour only repeats them.
import type { LinkStatus } from '@/lib/generated/prisma/enums';

export const LINK_STATUS_LABELS: Record<LinkStatus, string> = {
  unchecked: 'Not checked yet',
  alive: 'Alive',
  redirected: 'Redirected',
  changed: 'Changed',
  gone: 'Gone',
};

export const LINK_STATUS_COLORS: Record<LinkStatus, string> = {
  unchecked: 'border-stone-300 bg-stone-50 text-stone-700',
  alive: 'border-emerald-300 bg-emerald-50 text-emerald-800',
  redirected: 'border-sky-300 bg-sky-50 text-sky-800',
  changed: 'border-amber-300 bg-amber-50 text-amber-900',
  gone: 'border-red-300 bg-red-50 text-red-800',
};

/** The flag a claim carries when a source it relies on changed or died ("gone" outweighs "changed"). */
export type SourceFlag = 'changed' | 'gone';

export const SOURCE_FLAG_LABELS: Record<SourceFlag, string> = { changed: 'Source changed', gone: 'Source gone' };

export const formatDateTime = (date: Date | string) =>
  new Date(date).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  }) + ' UTC';

export const formatDate = (date: Date | string) =>
  new Date(date).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
