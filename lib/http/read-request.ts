// Reading a request's body and query string, bounded and validated with the same zod schemas
// the server actions use; any failure is an AppError('invalid') (422).
import type { z } from 'zod';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';

type Params = Record<string, string>;

/** Every JSON body of the API is small: a statement, a quote, a selection. */
export const MAX_BODY_BYTES = 256 * 1024;
const TOO_LARGE = `The request body is too large (${MAX_BODY_BYTES / 1024} KB at most).`;

/** The body as text, refused (422) past MAX_BODY_BYTES without reading it all. */
async function readText(request: Request): Promise<string> {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) throw new AppError('invalid', TOO_LARGE);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw new AppError('invalid', TOO_LARGE);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The JSON body, with the path's ids laid over it, parsed with `schema` (the same schema the
 * server action uses). Not JSON, not an object, too large, or invalid: 422.
 */
export async function readBody<S extends z.ZodType>(request: Request, schema: S, fromPath: Params = {}): Promise<z.output<S>> {
  const text = await readText(request);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError('invalid', 'The request body must be JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new AppError('invalid', 'The request body must be a JSON object.');
  return parseInput(schema, { ...body, ...fromPath });
}

/** The query string parsed with `schema` (the first value of each parameter); invalid: 422. */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const params = new URL(request.url).searchParams;
  const query: Record<string, string> = {};
  for (const key of new Set(params.keys())) query[key] = params.get(key)!;
  return parseInput(schema, query);
}
