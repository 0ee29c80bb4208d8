// GET /api/health — liveness: the process answers requests. Touches nothing else (no database),
// so a load balancer or orchestrator restarts the process only when the process itself is stuck.
// Public. Readiness to take traffic is /api/ready. docs/OPERATIONS.md.
export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
}
