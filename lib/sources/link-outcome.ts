// What one look at a source's page means for its link status, and whether to keep a capture.
// Pure: the link-health job (lib/server/sources) feeds it the fetch and the last good capture.
import type { LinkStatus } from '@/lib/generated/prisma/enums';
import { normalizeSourceUrl } from './normalize-url';

export type PageLook =
  { ok: true; finalUrl: string; /** the extracted text, or the body's hash for pages without text */ content: string } | { ok: false };

export type LinkOutcome = { status: LinkStatus; contentChanged: boolean; keepCapture: boolean };

/** A page's address, compared loosely: an upgrade to https or an added "www." is the same page. */
function comparable(url: string): string | null {
  try {
    const { normalizedUrl } = normalizeSourceUrl(url);
    const parsed = new URL(normalizedUrl);
    return `${parsed.hostname.replace(/^www\./, '')}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname}${parsed.search}`;
  } catch {
    return null;
  }
}

export function isRedirected(sourceUrl: string, finalUrl: string): boolean {
  return comparable(sourceUrl) !== comparable(finalUrl);
}

/**
 * gone: the page could not be read (HTTP 4xx/5xx, DNS, refused, timeout).
 * changed: its text differs from the last good capture — and stays "changed" on later looks at
 *   the same text, until someone takes a capture by hand (`acknowledge`): the team has seen it.
 * redirected: it answers from another address. alive: otherwise.
 * A capture is kept when the text or the status changed, on the first good look, and on demand.
 */
export function decideLinkOutcome(input: {
  sourceUrl: string;
  previousStatus: LinkStatus;
  /** content of the last capture that could be read, null if none ever could */
  lastContent: string | null;
  look: PageLook;
  acknowledge: boolean;
  forceCapture: boolean;
}): LinkOutcome {
  const { look, previousStatus, lastContent } = input;
  let status: LinkStatus;
  let contentChanged = false;
  if (!look.ok) status = 'gone';
  else {
    contentChanged = lastContent !== null && look.content !== lastContent;
    if (contentChanged || (previousStatus === 'changed' && !input.acknowledge)) status = 'changed';
    else status = isRedirected(input.sourceUrl, look.finalUrl) ? 'redirected' : 'alive';
  }
  const firstGoodLook = look.ok && lastContent === null;
  return { status, contentChanged, keepCapture: input.forceCapture || contentChanged || firstGoodLook || status !== previousStatus };
}
