import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError } from '@/lib/errors';

// Who may read /api/metrics: whoever holds MARGIN_METRICS_TOKEN (Prometheus sends it as
// `Authorization: Bearer <token>`). Without the setting the endpoint does not exist (404), so
// nothing about the instance is told by default. The comparison takes the same time whatever the
// token given (both sides hashed to 32 bytes first, then compared in constant time).

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

export function assertMetricsAccess(request: Request): void {
  const token = process.env.MARGIN_METRICS_TOKEN?.trim();
  if (!token) throw new AppError('not_found', 'This page was not found.');
  const header = request.headers.get('authorization') ?? '';
  const given = /^Bearer (\S{1,512})$/i.exec(header.trim())?.[1];
  if (!given || !timingSafeEqual(digest(given), digest(token))) {
    throw new AppError('unauthorized', 'Metrics need the bearer token set in MARGIN_METRICS_TOKEN.');
  }
}
