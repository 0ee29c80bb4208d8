// Any other path under /api/v1 answers like the API does — a JSON 404 with its code — rather
// than the app's HTML "not found" page. (Routes of their own always take precedence.)
import { errorResponse } from '@/lib/http/error-response';
import { AppError } from '@/lib/errors';

async function unknownEndpoint() {
  return errorResponse(new AppError('not_found', 'There is no such API endpoint: the endpoints are listed at /api/openapi.json.'));
}

export { unknownEndpoint as DELETE, unknownEndpoint as GET, unknownEndpoint as PATCH, unknownEndpoint as POST, unknownEndpoint as PUT };
