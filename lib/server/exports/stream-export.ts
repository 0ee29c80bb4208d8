import 'server-only';
import { formatClaimReview } from '@/lib/export/claim-review';
import { formatCsv } from '@/lib/export/csv';
import { formatJson } from '@/lib/export/json';
import { formatMarkdown } from '@/lib/export/markdown';
import type { ExportContext, ExportFormat } from '@/lib/export/types';
import { formatW3c } from '@/lib/export/w3c-stream';
import type { TClaimFilters } from '@/lib/schemas/claim-filters';
import { readExportClaims, type ExportScope } from './read-export-claims';
import { logger } from '@/lib/server/ops/logger';

/** The export as text chunks: claims read page by page from PostgreSQL, formatted as they come. */
export function exportChunks(
  format: ExportFormat,
  scope: ExportScope,
  filters: TClaimFilters,
  context: ExportContext,
  pageSize?: number,
): AsyncIterable<string> {
  const pages = readExportClaims(scope, filters, { pageSize, withDiscussion: format === 'w3c', withCodePoints: format === 'w3c' });
  switch (format) {
    case 'csv':
      return formatCsv(pages, context);
    case 'json':
      return formatJson(pages, context);
    case 'markdown':
      return formatMarkdown(pages, context);
    case 'claimreview':
      return formatClaimReview(pages, context);
    case 'w3c':
      return formatW3c(pages, { ...context, baseUrl: scope.baseUrl });
  }
}

/**
 * A byte stream that pulls the next chunk only when the reader wants it (back-pressure: a slow
 * download does not pile pages up in memory) and stops reading PostgreSQL when it is cancelled.
 */
export function toByteStream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (error) {
        logger('export').error({ err: error }, 'export failed');
        controller.error(new Error('The export failed on our side.'));
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
