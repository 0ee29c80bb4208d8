import 'server-only';
import { createHash } from 'node:crypto';
import { AppError } from '@/lib/errors';
import { importedText } from '@/lib/import/imported-text';
import type { ImportedDocument } from '@/lib/import/types';
import { FetchRefused, safeFetch } from '@/lib/server/fetch/safe-fetch';
import { readFetchedPage } from '@/lib/server/work/heavy-jobs';

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

/** The page's text; null for pages without readable text (images, a PDF without a text layer, a page too slow to read). */
async function extract(body: Buffer, contentType: string, finalUrl: string): Promise<ImportedDocument | null> {
  try {
    return await readFetchedPage({ body, contentType, url: finalUrl });
  } catch (error) {
    if (error instanceof AppError) return null; // the page is there, its text is not: kept by its hash
    throw error;
  }
}

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
    title: imported?.title ? imported.title.replaceAll('\u0000', '') : null,
    text: imported ? importedText(imported) : null,
    error: null,
  };
}
