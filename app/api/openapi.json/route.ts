// The OpenAPI 3.1 document of the REST API, generated from lib/api/endpoints.ts. Public: it
// describes the API, it opens nothing.
import { buildOpenApiDocument } from '@/lib/api/openapi';
import { appOrigin } from '@/lib/server/links/app-url';

export function GET() {
  return Response.json(buildOpenApiDocument(appOrigin()), { headers: { 'cache-control': 'public, max-age=300' } });
}
