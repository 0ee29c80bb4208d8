// Each export format's file: media type and extension.
import type { ExportFormat } from './types';

export const EXPORT_FILES: Record<ExportFormat, { contentType: string; extension: string; label: string }> = {
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv', label: 'CSV (spreadsheet)' },
  json: { contentType: 'application/json; charset=utf-8', extension: 'json', label: 'JSON' },
  markdown: { contentType: 'text/markdown; charset=utf-8', extension: 'md', label: 'Markdown report' },
  claimreview: {
    contentType: 'application/ld+json; charset=utf-8',
    extension: 'claimreview.jsonld',
    label: 'schema.org ClaimReview (JSON-LD)',
  },
  w3c: {
    contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
    extension: 'annotations.jsonld',
    label: 'W3C Web Annotations (JSON-LD)',
  },
};

/** "bench-desk-report-1-2026-11-25.csv": ASCII letters, digits and dashes only. */
export function exportFileName(format: ExportFormat, parts: string[], date: string): string {
  const slug = parts
    .join(' ')
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 80)
    .replace(/(?<!-)-+$/, '');
  return `${slug || 'claims'}-claims-${date.slice(0, 10)}.${EXPORT_FILES[format].extension}`;
}
