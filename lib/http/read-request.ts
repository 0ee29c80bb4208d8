// Reading a request's body and query string, bounded and validated with the same zod schemas
// the server actions use: too large is AppError('too_large') (413), anything else wrong is
// AppError('invalid') (422).
import type { z } from 'zod';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';

type Params = Record<string, string>;

/** Every JSON body of the API is small: a statement, a quote, a selection. */
export const MAX_BODY_BYTES = 256 * 1024;
const TOO_LARGE = `The request body is too large (${MAX_BODY_BYTES / 1024} KB at most).`;

/**
 * A body that does not say its size (no Content-Length: chunked) is taken up to this much. Browsers and
 * the usual HTTP clients always say the size of a file they upload; a large body that does not is read
 * no further than this, so it cannot make the thread that answers requests pull tens of megabytes.
 */
export const MAX_UNDECLARED_BODY_BYTES = 8 * 1024 * 1024;
const UNDECLARED_TOO_LARGE = `A body over ${MAX_UNDECLARED_BODY_BYTES / 1024 / 1024} MB must say its size (a Content-Length header).`;

/**
 * The body's bytes, counted while they stream in: past `maxBytes` the rest is never read and the
 * request is refused with 413 (a Content-Length that says so is refused before reading anything;
 * without one, past MAX_UNDECLARED_BODY_BYTES).
 */
export async function readBytes(request: Request, maxBytes: number, tooLarge: string): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (Number(declared ?? 0) > maxBytes) throw new AppError('too_large', tooLarge);
  if (declared === null && maxBytes > MAX_UNDECLARED_BODY_BYTES) {
    maxBytes = MAX_UNDECLARED_BODY_BYTES;
    tooLarge = UNDECLARED_TOO_LARGE;
  }
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new AppError('too_large', tooLarge);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** A multipart form read within `maxBytes` (see readBytes); null when the body is not a form. */
export async function readForm(request: Request, maxBytes: number, tooLarge: string): Promise<FormData | null> {
  const bytes = await readBytes(request, maxBytes, tooLarge);
  const type = request.headers.get('content-type') ?? '';
  return new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]), { headers: { 'content-type': type } }).formData().catch(() => null);
}

const readText = async (request: Request) => Buffer.from(await readBytes(request, MAX_BODY_BYTES, TOO_LARGE)).toString('utf8');

/** Whether the request says its body is JSON (application/json, or any +json type). */
export const isJsonRequest = (request: Request) =>
  /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i.test((request.headers.get('content-type') ?? '').trim());

/** A body of a declared media type other than JSON is refused (415); one without a type is read as JSON. */
export function assertJsonBody(request: Request) {
  if (request.headers.has('content-type') && !isJsonRequest(request))
    throw new AppError('unsupported_type', 'Send the body as JSON (content-type: application/json).');
}

/**
 * The JSON body, with the path's ids laid over it, parsed with `schema` (the same schema the
 * server action uses). Another media type: 415; too large: 413; not JSON, not an object, or
 * invalid: 422.
 */
export async function readBody<S extends z.ZodType>(request: Request, schema: S, fromPath: Params = {}): Promise<z.output<S>> {
  assertJsonBody(request);
  const text = await readText(request);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError('invalid', 'The request body must be JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new AppError('invalid', 'The request body must be a JSON object.');
  return parseInput(schema, { ...body, ...fromPath });
}

/** The query string parsed with `schema` (the first value of each parameter); invalid: 422. */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const params = new URL(request.url).searchParams;
  const query: Record<string, string> = {};
  for (const key of new Set(params.keys())) query[key] = params.get(key)!;
  return parseInput(schema, query);
}
