// The page a browser gets while the database is gone for a moment (a restart): 503 with
// Retry-After, saying so, and reloading `reloadTo` (a same-site path) after 5 s.
import { DATABASE_UNAVAILABLE } from '@/lib/ops/database-unavailable';

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

export function databaseUnavailablePage(reloadTo?: string): Response {
  const refresh = reloadTo ? `5; url=${escapeAttribute(reloadTo)}` : '5';
  const page =
    `<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="${refresh}"><title>Margin</title>` +
    `<p>${DATABASE_UNAVAILABLE} This page reloads by itself.</p>`;
  return new Response(page, {
    status: 503,
    headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': '5', 'cache-control': 'no-store' },
  });
}
