import 'server-only';
import { AppError } from '@/lib/errors';
import { mediaType } from '@/lib/import/media-type';
import type { ImportedDocument } from '@/lib/import/types';
import { FetchRefused, safeFetch } from '@/lib/server/fetch/safe-fetch';
import { readFetchedPage } from '@/lib/server/work/heavy-jobs';

/** Fetches a web page (or a PDF or text file at a URL) and extracts its article. */
export async function fetchArticle(url: string): Promise<ImportedDocument & { originUrl: string }> {
  try {
    const page = await safeFetch(url);
    if (page.status >= 400) throw new AppError('invalid', `The page answered with HTTP ${page.status}.`);
    const imported = await readFetchedPage({ body: page.body, contentType: page.contentType, url: page.finalUrl });
    if (!imported) throw new AppError('invalid', `Margin cannot import this kind of page (${mediaType(page.contentType)}).`);
    if (imported.blocks.length === 0) throw new AppError('invalid', 'No article text was found on that page.');
    return { ...imported, originUrl: page.finalUrl };
  } catch (error) {
    if (error instanceof FetchRefused || (error instanceof AppError && error.code === 'invalid')) {
      throw new AppError('invalid', error.message, { url: [error.message] });
    }
    throw error;
  }
}
