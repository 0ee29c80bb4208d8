import 'server-only';

/**
 * The caller's address for rate limits: the entry the nearest proxy appended to
 * X-Forwarded-For (a client can prepend fake entries, not append), else X-Real-IP.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers
    .get('x-forwarded-for')
    ?.split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return forwarded?.at(-1) ?? headers.get('x-real-ip')?.trim() ?? 'unknown';
}
