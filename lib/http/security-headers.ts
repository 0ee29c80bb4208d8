// The Content-Security-Policy of pages (set by proxy.ts): scripts must carry this request's nonce
// (Next.js puts it on its own scripts when it finds the policy on the request). The headers every
// response carries, API included, are in next.config.js.

/** A fresh, unguessable nonce for one request (128 random bits, base64). */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}

/** The policy of an HTML page; `dev` allows what `next dev` needs (eval for fast refresh, its websocket). */
export function pagePolicy(nonce: string, { dev = false }: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // React and tiptap set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** HSTS, for a page served over https (browsers ignore it over http anyway). */
export const HSTS = 'max-age=31536000; includeSubDomains';
