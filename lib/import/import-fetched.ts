// What a fetched page holds, by its Content-Type: a web page's article, a text file, a PDF's text.
import { importHtml } from './formats/import-html';
import { importPdf } from './formats/import-pdf';
import { importPlainText } from './formats/import-plain-text';
import { mediaType } from './media-type';
import type { ImportedDocument } from './types';

function decode(body: Uint8Array, contentType: string): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body); // an unknown charset label
  }
}

/**
 * The page's text as blocks; null for a kind of content that holds no readable text here
 * (images, archives…). Throws ImportError when the content is of a known kind but unreadable.
 */
export async function importFetched({
  body,
  contentType,
  url,
}: {
  body: Uint8Array;
  contentType: string;
  url: string;
}): Promise<ImportedDocument | null> {
  const type = mediaType(contentType);
  if (type === 'text/html' || type === 'application/xhtml+xml' || type === '') return importHtml(decode(body, contentType), { url });
  if (type === 'text/plain' || type === 'text/markdown') return importPlainText(decode(body, contentType));
  if (type === 'application/pdf') return importPdf(body);
  return null;
}
