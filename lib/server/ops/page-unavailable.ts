import 'server-only';
import { isDatabaseUnavailable } from '@/lib/errors';
import { REQUEST_PATH_HEADER } from '@/lib/request-path';

// A page whose request passed proxy.ts just before the database went away (proxy.ts answers 503
// only once the live listener has noticed) would fail with a 500 halfway through rendering: Next
// lets a page answer only 401/403/404 or a redirect. So when a query of a page render finds the
// database gone, the page redirects to /unavailable, which answers 503 with Retry-After and
// reloads the page after 5 s. Server actions (`next-action`) and route handlers (no request path
// from proxy.ts; they answer `unavailable` 503 themselves) are left alone, as is code outside a
// request (scripts, jobs): there headers() throws. Next's modules are loaded only then, so that
// the scripts that share lib/db.ts (seed, migrations, benchmarks) never load them.
export async function redirectPageIfDatabaseLost(error: unknown): Promise<void> {
  if (!isDatabaseUnavailable(error)) return;
  let requested: string | null;
  try {
    const { headers } = await import('next/headers');
    const requestHeaders = await headers();
    if (requestHeaders.has('next-action')) return;
    requested = requestHeaders.get(REQUEST_PATH_HEADER);
  } catch {
    return;
  }
  if (!requested || requested.startsWith('/unavailable')) return;
  const { redirect } = await import('next/navigation');
  redirect(`/unavailable?next=${encodeURIComponent(requested)}`);
}
