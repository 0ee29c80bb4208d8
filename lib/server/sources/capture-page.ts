import 'server-only';
import { createHash } from 'node:crypto';
import { importHtml, importPlainText, ImportError, type ImportedDocument } from '@/lib/import';
import { importPdf } from '@/lib/import/formats/import-pdf';
import { BLOCK_SEPARATOR } from '@/lib/text-model';
import { FetchRefused, safeFetch } from '@/lib/server/fetch/safe-fetch';

/** What Margin saw at a source's address: a SourceCapture row before it is stored. */
export type PageCapture = {
  finalUrl: string;
  httpStatus: number | null;
  contentType: string | null;
  title: string | null;
  /** the main text, blocks joined by blank lines (lib/text-model); null for pages without text */
  text: string | null;
  sha256: string | null;
  byteLength: number | null;
  /** why the page could not be read; null when it could */
  error: string | null;
};

async function extract(body: Buffer, contentType: string, finalUrl: string): Promise<ImportedDocument | null> {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? 'utf-8';
  const decode = () => {
    try {
      return new TextDecoder(charset).decode(body);
    } catch {
      return new TextDecoder('utf-8').decode(body); // an unknown charset label
    }
  };
  try {
    if (type === 'text/html' || type === 'application/xhtml+xml' || type === '') return importHtml(decode(), { url: finalUrl });
    if (type === 'text/plain' || type === 'text/markdown') return importPlainText(decode());
    if (type === 'application/pdf') return await importPdf(body);
  } catch (error) {
    if (error instanceof ImportError) return null; // e.g. a PDF without a text layer: the page is there, its text is not
    throw error;
  }
  return null; // images, archives…: kept by their hash only
}

/** PostgreSQL text cannot hold NUL characters (PDFs sometimes carry them). */
const withoutNul = (text: string) => text.replaceAll('\u0000', '');

/**
 * Fetches a source with URL import's protections (lib/server/fetch/safe-fetch.ts) and extracts
 * its main text with the importers of lib/import. Never throws for a page that cannot be read:
 * that is a capture too, with its error.
 */
export async function capturePage(url: string): Promise<PageCapture> {
  const failed = (error: string, finalUrl = url): PageCapture => ({
    finalUrl,
    httpStatus: null,
    contentType: null,
    title: null,
    text: null,
    sha256: null,
    byteLength: null,
    error,
  });
  let page;
  try {
    page = await safeFetch(url);
  } catch (error) {
    return failed(error instanceof FetchRefused ? error.message : 'The page could not be fetched.');
  }
  const seen = {
    finalUrl: page.finalUrl,
    httpStatus: page.status,
    contentType: page.contentType || null,
    sha256: createHash('sha256').update(page.body).digest('hex'),
    byteLength: page.body.length,
  };
  if (page.status >= 400 || page.status < 200) {
    return { ...seen, title: null, text: null, error: `The page answered with HTTP ${page.status}.` };
  }
  const imported = await extract(page.body, page.contentType, page.finalUrl);
  return {
    ...seen,
    title: imported?.title ? withoutNul(imported.title) : null,
    text: imported ? withoutNul(imported.blocks.map((block) => block.text).join(BLOCK_SEPARATOR)) : null,
    error: null,
  };
}
