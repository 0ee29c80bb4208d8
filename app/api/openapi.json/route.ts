// The OpenAPI 3 document of the REST API, generated from lib/api/openapi.ts. Public: it
// describes the API, it opens nothing.
import { buildOpenApiDocument } from '@/lib/api/openapi';

export function GET() {
  return Response.json(buildOpenApiDocument(), { headers: { 'cache-control': 'public, max-age=300' } });
}
