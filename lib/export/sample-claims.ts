// Export claims made up for tests and the export benchmark (plain data, no database).
import { DEFAULT_RATINGS, type PublishingProfile } from './publishing';
import type { ExportClaim, ExportContext } from './types';

const BASE = 'https://margin.example/w/desk';

export function sampleClaim(index: number, overrides: Partial<ExportClaim> = {}): ExportClaim {
  const id = `claim${index}`;
  const annotationId = `ann${index}`;
  const documentUrl = `${BASE}/documents/doc1`;
  return {
    id,
    statement: `North Korea has shipped over ${16_500 + index} containers of munitions to Russia.`,
    status: 'reviewed',
    verdict: 'verified',
    rationale: 'Confirmed by the ministry’s figures, "page 4", and by satellite images.',
    figure: { kind: 'number', value: `${16_500 + index}`, unit: 'containers', currency: null, qualifier: 'over', dates: [] },
    sources: [
      {
        kind: 'web',
        url: 'https://www.politico.eu/article/north-korea-munitions',
        title: 'Politico: munitions',
        description: 'Politico: munitions',
        stance: 'supports',
        quote: 'over 16,500 containers',
        file: null,
      },
      {
        kind: 'web',
        url: 'https://reliefweb.int/report/x?a=1&b=(2)',
        title: null,
        description: 'https://reliefweb.int/report/x?a=1&b=(2)',
        stance: 'contradicts',
        quote: null,
        file: null,
      },
    ],
    verdictWords: { words: 'over 16,500 containers of munitions', version: 1, changedAt: null },
    assignee: null,
    proposer: { id: 'u1', name: 'Ana Checker', email: 'ana@example.test' },
    reviewer: { id: 'u2', name: null, email: 'ben@example.test' },
    proposedAt: '2026-11-20T10:00:00.000Z',
    reviewedAt: '2026-11-21T09:30:00.000Z',
    createdAt: '2026-11-19T08:00:00.000Z',
    updatedAt: '2026-11-21T09:30:00.000Z',
    url: `${documentUrl}?annotation=${annotationId}`,
    annotation: {
      id: annotationId,
      kind: 'figure',
      exact: 'over 16,500 containers of munitions',
      prefix: 'North Korea has shipped ',
      suffix: ' to Russia, according to',
      start: 120,
      end: 155,
      codePoints: { start: 120, end: 155 },
      versionId: 'v1',
      version: 1,
      orphaned: false,
      author: { id: 'u1', name: 'Ana Checker', email: 'ana@example.test' },
      createdAt: '2026-11-19T08:00:00.000Z',
      updatedAt: '2026-11-19T08:00:00.000Z',
      tags: [{ id: 't1', name: 'Defence', color: '#336699' }],
      comments: [],
    },
    document: {
      id: 'doc1',
      title: 'Arms and alliances',
      byline: 'Jane Reporter',
      originUrl: 'https://example.org/article',
      publishedAt: '2024-10-28T00:00:00.000Z',
      url: documentUrl,
    },
    ...overrides,
  };
}

export const samplePublishing: PublishingProfile = {
  organizationName: 'Demo Fact Check',
  organizationUrl: 'https://factcheck.example.org/',
  logoUrl: 'https://factcheck.example.org/logo.png',
  claimUrlPattern: 'https://factcheck.example.org/checks/{document_slug}/{claim}',
  ratings: DEFAULT_RATINGS,
};

export const sampleContext: ExportContext = {
  workspace: { name: 'Demo desk', slug: 'desk', url: BASE },
  document: null,
  exportedAt: '2026-11-25T12:00:00.000Z',
  exportUrl: 'https://margin.example/api/w/desk/exports?format=w3c',
  filterSummary: 'status: reviewed',
  publishing: samplePublishing,
};

/** Pages of claims as readExportClaims yields them. */
export async function* pagesOf(claims: ExportClaim[], size = 2): AsyncGenerator<ExportClaim[]> {
  for (let from = 0; from < claims.length; from += size) yield claims.slice(from, from + size);
}

export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}
