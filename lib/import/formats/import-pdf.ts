import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { MAX_PDF_PAGES, tooManyPages } from '../limits';
import { parsePlainText } from '../plain-text/parse-plain-text';
import { ImportError, type ImportedDocument, type OnProgress } from '../types';
import { pageLines, pagesToText, type PdfLine, type PdfTextItem } from './pdf-page-text';

/**
 * A PDF's text, page by page (reporting progress), then the same cleanup as pasted text:
 * pages are separated by a form feed, which parsePlainText treats as a page break.
 */
export async function importPdf(bytes: Uint8Array, onProgress?: OnProgress): Promise<ImportedDocument> {
  let pdf;
  try {
    pdf = await getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch {
    throw new ImportError('This file could not be read as a PDF. Is it damaged or password-protected?');
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES) throw tooManyPages(pdf.numPages);
    const pages: PdfLine[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      pages.push(pageLines(content.items.flatMap((item): PdfTextItem[] => ('str' in item ? [item] : []))));
      page.cleanup();
      onProgress?.({ stage: 'reading', done: number, total: pdf.numPages });
    }
    const text = pagesToText(pages);
    if (!text.trim()) throw new ImportError('This PDF has no text layer (a scan?). Margin cannot read text from images.');
    const metadata = await pdf.getMetadata().catch(() => null);
    const info = (metadata?.info ?? {}) as { Title?: string; Author?: string };
    const parsed = parsePlainText(text);
    return {
      title: parsed.title ?? (info.Title?.trim() || null),
      byline: parsed.byline ?? (info.Author?.trim() || null),
      publishedAt: parsed.publishedAt,
      blocks: parsed.blocks,
      urls: parsed.urls,
    };
  } finally {
    await pdf.destroy();
  }
}
