// GET /api/ready — readiness: 200 when this instance should be sent requests (database reachable,
// migrations applied, live listener connected, not stopping), else 503 with a JSON reason and
// Retry-After. Public: it says no more than whether to route here. lib/server/ops/readiness.ts.
import { appReadiness } from '@/lib/server/ops/readiness';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function GET() {
  const readiness = await appReadiness();
  const headers = { 'cache-control': 'no-store' };
  if (readiness.ready) return Response.json({ status: 'ready', checks: readiness.checks }, { headers });
  return Response.json(
    { status: 'unavailable', reason: readiness.reason, detail: readiness.detail },
    { status: 503, headers: { ...headers, 'retry-after': '5' } },
  );
}
