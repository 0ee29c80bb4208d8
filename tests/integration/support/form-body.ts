// A multipart form sent as a browser sends it: encoded once, with its Content-Type (boundary) and
// its Content-Length. A Request made straight from a FormData carries no length, and the server
// takes a body without one only up to MAX_UNDECLARED_BODY_BYTES.
export async function formBody(form: FormData): Promise<{ body: Uint8Array<ArrayBuffer>; headers: Record<string, string> }> {
  const encoded = new Response(form);
  const body = new Uint8Array(await encoded.arrayBuffer());
  return { body, headers: { 'content-type': encoded.headers.get('content-type')!, 'content-length': String(body.byteLength) } };
}
