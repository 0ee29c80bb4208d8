// GET /api/metrics — this instance's Prometheus metrics (lib/server/ops/metrics.ts), for the bearer
// token of MARGIN_METRICS_TOKEN: 404 without the setting, 401 without the right token.
import { errorResponse } from '@/lib/http/error-response';
import { assertMetricsAccess } from '@/lib/server/ops/metrics-access';
import { getMetrics } from '@/lib/server/ops/metrics';
import { registerMetricSources } from '@/lib/server/ops/start-operations';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function GET(request: Request) {
  try {
    assertMetricsAccess(request);
    registerMetricSources();
    const { registry } = getMetrics();
    return new Response(await registry.metrics(), { headers: { 'content-type': registry.contentType, 'cache-control': 'no-store' } });
  } catch (error) {
    return errorResponse(error);
  }
}
