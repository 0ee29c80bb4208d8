// GET /unavailable?next=<path>: where a page whose rendering lost the database on the way is sent
// (lib/server/ops/page-unavailable.ts) — 503 with Retry-After, reloading that page after 5 s.
import { databaseUnavailablePage } from '@/lib/http/database-unavailable-page';
import { safeRedirectPath } from '@/lib/safe-redirect';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  return databaseUnavailablePage(safeRedirectPath(new URL(request.url).searchParams.get('next')));
}
