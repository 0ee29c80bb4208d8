// The door check of cookie-authenticated routes: a browser sends the session cookie with any
// request to this site, even one another site's page makes (a form post, a fetch with
// credentials). Unsafe methods are therefore answered only when the browser says the request
// came from this site's own pages, and only in the content type the route declares — a form on
// another site can post text/plain or multipart, never application/json without a preflight.
import { AppError } from '@/lib/errors';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Sec-Fetch-Site values of requests this site's pages made (or the person typed). */
const OWN_SITE = new Set(['same-origin', 'none']);

export const CROSS_SITE_MESSAGE = 'This request came from another site, so it was refused.';

export function isUnsafeMethod(method: string): boolean {
  return UNSAFE_METHODS.has(method.toUpperCase());
}

/** The media type of a Content-Type header, lower case, without its parameters ("" when absent). */
export function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

export type UnsafeRequestRule = {
  /** The app's own origin, from configuration (`appOrigin()`), never from the request. */
  appOrigin: string;
  /** Media types the route reads, e.g. ['application/json'] or ['multipart/form-data']. */
  accepts: readonly string[];
};

/**
 * Null when the request may go on; else the refusal: 403 `forbidden` for a request from another
 * site — Sec-Fetch-Site `cross-site` or `same-site` (a sibling subdomain is another site's
 * page too), or, from a browser that does not send Sec-Fetch-Site, an Origin that is not
 * `appOrigin` or no Origin at all — and 415 `unsupported_type` for a body the route does not
 * read. Safe methods (GET, HEAD, OPTIONS) are not checked: they change nothing.
 */
export function checkUnsafeRequest(request: { method: string; headers: Headers }, rule: UnsafeRequestRule): AppError | null {
  if (!isUnsafeMethod(request.method)) return null;
  const site = request.headers.get('sec-fetch-site');
  if (site !== null) {
    if (!OWN_SITE.has(site.trim().toLowerCase())) return new AppError('forbidden', CROSS_SITE_MESSAGE);
  } else if (request.headers.get('origin') !== rule.appOrigin) {
    return new AppError('forbidden', CROSS_SITE_MESSAGE);
  }
  const type = mediaType(request.headers.get('content-type'));
  if (!rule.accepts.some((accepted) => accepted.toLowerCase() === type)) {
    return new AppError('unsupported_type', `Send this as ${rule.accepts.join(' or ') || 'a request this route reads'}.`);
  }
  return null;
}
