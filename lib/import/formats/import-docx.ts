import mammoth from 'mammoth';
import { JSDOM } from 'jsdom';
import { collectUrls } from '../html/collect-urls';
import { htmlToBlocks } from '../html/html-to-blocks';
import { ImportError, type ImportedDocument } from '../types';

/** A Word file through mammoth's semantic HTML; a leading Title/Heading 1 is the title. */
export async function importDocx(bytes: Uint8Array): Promise<ImportedDocument> {
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }));
  } catch {
    throw new ImportError('This file could not be read as a Word document (.docx). Is it damaged, or an older .doc file?');
  }
  const body = new JSDOM(html).window.document.body;
  const blocks = htmlToBlocks(body);
  const title = body.firstElementChild?.tagName === 'H1' && blocks[0]?.type === 'heading' ? blocks.shift()!.text : null;
  return { title, byline: null, publishedAt: null, blocks, urls: collectUrls(body) };
}
