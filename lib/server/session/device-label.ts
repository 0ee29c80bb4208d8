import Bowser from 'bowser';

const MAX_USER_AGENT = 512;

/** A user agent as the browser sent it, bounded (it is stored and shown). */
export function boundUserAgent(userAgent: string | null | undefined): string | null {
  const trimmed = userAgent?.trim();
  return trimmed ? trimmed.slice(0, MAX_USER_AGENT) : null;
}

/** "Firefox on Linux", "Safari on iOS", or "Unknown device": what the sessions list shows. */
export function deviceLabel(userAgent: string | null | undefined): string {
  const bounded = boundUserAgent(userAgent);
  if (!bounded) return 'Unknown device';
  const parsed = Bowser.parse(bounded);
  const browser = parsed.browser.name;
  const os = parsed.os.name;
  if (browser && os) return `${browser} on ${os}`;
  return browser || os || 'Unknown device'; // bowser answers '' for what it does not know
}
