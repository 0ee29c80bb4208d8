// Runs before every page and API route: sets the security headers (lib/http/security-headers.ts;
// pages get a Content-Security-Policy with a fresh nonce), and tells pages which path was asked
// for, so a page that needs a signed-in user can send the visitor back there after sign-in.
// Redirects and authorization happen in the pages and routes themselves.
import { NextResponse, type NextRequest } from 'next/server';
import { commonSecurityHeaders, newNonce, pagePolicy } from '@/lib/http/security-headers';
import { REQUEST_PATH_HEADER } from '@/lib/request-path';

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  const isPage = !request.nextUrl.pathname.startsWith('/api/');
  const policy = isPage ? pagePolicy(newNonce(), { dev: process.env.NODE_ENV === 'development' }) : null;
  if (isPage) headers.set(REQUEST_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  // Next.js reads the nonce for its own scripts from the policy on the request.
  if (policy) headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  const https = request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  for (const [name, value] of Object.entries(commonSecurityHeaders({ https }))) response.headers.set(name, value);
  if (policy) response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = { matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'] };
