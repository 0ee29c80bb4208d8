// Runs before every page (not API routes: a proxied request's body is buffered, up to a cap,
// which uploads must not meet): sets the page's Content-Security-Policy with a fresh nonce, HSTS
// over https (lib/http/security-headers.ts; the headers of every response are in
// next.config.js), and tells pages which path was asked for, so a page that needs a signed-in
// user can send the visitor back there after sign-in. Redirects and authorization happen in the
// pages themselves. While the database is known to be gone (lib/server/ops/database-state.ts), a
// page is answered 503 with Retry-After instead of failing with a 500. A path whose percent-encoding
// is broken (`/api/v1/documents/%`), which Next.js would fail on with a 500 when it decodes the
// route's parameters, is answered 400 here — API paths included, but only those holding a `%`.
import { NextResponse, type NextRequest } from 'next/server';
import { databaseUnavailablePage } from '@/lib/http/database-unavailable-page';
import { HSTS, newNonce, pagePolicy } from '@/lib/http/security-headers';
import { isDatabaseLost } from '@/lib/server/ops/database-state';
import { REQUEST_PATH_HEADER } from '@/lib/request-path';

/** Whether the path's percent-encoding cannot be decoded (a lone `%`, `%zz`, half a UTF-8 sequence). */
function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

export function proxy(request: NextRequest) {
  if (isMalformedPath(request.nextUrl.pathname)) {
    return NextResponse.json({ code: 'invalid', error: 'The address is not valid: its percent-encoding is broken.' }, { status: 400 });
  }
  // Server actions go on: they answer `unavailable` themselves, and the form keeps what was typed.
  if (isDatabaseLost() && !request.headers.has('next-action')) return databaseUnavailablePage();
  const headers = new Headers(request.headers);
  const policy = pagePolicy(newNonce(), { dev: process.env.NODE_ENV === 'development' });
  headers.set(REQUEST_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  // Next.js reads the nonce for its own scripts from the policy on the request.
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  if (request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https') {
    response.headers.set('Strict-Transport-Security', HSTS);
  }
  return response;
}

// API paths only when they hold a `%`: the proxy buffers a request's body, which uploads must not meet.
export const config = { matcher: ['/((?!api|_next/static|_next/image|favicon.ico).*)', '/api/(.*%.*)'] };
