const ORIGIN = 'http://margin.invalid';

/**
 * Only same-site paths are followed after sign-in; anything else goes to the workspaces. The
 * path is resolved with the URL parser, as a browser would, against a stand-in origin: control
 * characters (browsers drop a tab, so `/\t/evil.example` reads `//evil.example`) and
 * backslashes are refused, and whatever resolves to another origin is refused.
 */
export function safeRedirectPath(value: unknown, fallback = '/w'): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (typeof value !== 'string' || value.length > 2048 || !value.startsWith('/') || /[\u0000-\u001f\u007f\\]/.test(value)) {
    return fallback;
  }
  let url: URL;
  try {
    url = new URL(value, ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== ORIGIN || value.startsWith('//')) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
