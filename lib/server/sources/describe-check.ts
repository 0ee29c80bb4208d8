import type { LinkStatus } from '@/lib/generated/prisma/enums';
import type { PageCapture } from './capture-page';

/** The sentence "Check now" and "Capture now" answer with. */
export function describeCheck({
  status,
  previousStatus,
  contentChanged,
  kept,
  page,
}: {
  status: LinkStatus;
  previousStatus: LinkStatus;
  contentChanged: boolean;
  kept: boolean;
  page: PageCapture;
}): string {
  const keptNote = kept ? ' A capture was kept.' : ' Nothing was stored: its text is the same as in the last capture.';
  switch (status) {
    case 'gone':
      return `The page is gone: ${page.error ?? 'it could not be read.'}${kept ? ' The failed attempt was recorded.' : ''}`;
    case 'changed':
      return contentChanged
        ? 'The page’s text changed since the last capture. A new capture was kept; compare the two.'
        : `The page still differs from the capture the claims relied on.${kept ? ' A capture was kept.' : ''}`;
    case 'redirected':
      return `The page now answers from another address: ${page.finalUrl}.${keptNote}`;
    default:
      if (previousStatus === 'unchecked')
        return `The page was captured${page.text === null ? ' (no text could be read from it; its contents are kept by their hash)' : ''}.`;
      return `The page is alive.${keptNote}`;
  }
}
