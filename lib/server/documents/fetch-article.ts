import 'server-only';
import { importHtml, importPlainText, ImportError, type ImportedDocument } from '@/lib/import';
import { importPdf } from '@/lib/import/formats/import-pdf';
import { FetchRefused, safeFetch } from '@/lib/server/fetch/safe-fetch';
import { AppError } from '@/lib/errors';

/** Fetches a web page (or a PDF or text file at a URL) and extracts its article. */
export async function fetchArticle(url: string): Promise<ImportedDocument & { originUrl: string }> {
  try {
    const page = await safeFetch(url);
    if (page.status >= 400) throw new AppError('invalid', `The page answered with HTTP ${page.status}.`);
    const type = page.contentType.split(';')[0]!.trim().toLowerCase();
    const charset = /charset=([\w-]+)/i.exec(page.contentType)?.[1] ?? 'utf-8';
    const text = () => new TextDecoder(charset, { fatal: false }).decode(page.body);
    let imported: ImportedDocument;
    if (type === 'text/html' || type === 'application/xhtml+xml' || type === '') imported = importHtml(text(), { url: page.finalUrl });
    else if (type === 'text/plain') imported = importPlainText(text());
    else if (type === 'application/pdf') imported = await importPdf(page.body);
    else throw new AppError('invalid', `Margin cannot import this kind of page (${type}).`);
    if (imported.blocks.length === 0) throw new AppError('invalid', 'No article text was found on that page.');
    return { ...imported, originUrl: page.finalUrl };
  } catch (error) {
    if (error instanceof FetchRefused || error instanceof ImportError) throw new AppError('invalid', error.message, { url: [error.message] });
    throw error;
  }
}
