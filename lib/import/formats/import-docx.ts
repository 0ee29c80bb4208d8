import mammoth from 'mammoth';
import { JSDOM } from 'jsdom';
import { collectUrls } from '../html/collect-urls';
import { htmlToBlocks } from '../html/html-to-blocks';
import { MAX_NESTING, nestedTooDeeply, withinBlockLimit } from '../limits';
import { htmlNestingDepth } from '../nesting-depth';
import { ImportError, type ImportedDocument } from '../types';
import { checkDocxSizes } from './docx-zip-check';

/** Images are never imported: mammoth is told not to read (inflate, base64-encode) them. */
const skipImage = mammoth.images.imgElement(async () => ({ src: '' }));

/**
 * Word's quote and caption styles, which mammoth's default style map leaves as plain paragraphs
 * (lists, tables and links it converts already).
 */
const STYLE_MAP = [
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Block Text'] => blockquote > p:fresh",
  "p[style-name='Caption'] => figcaption:fresh",
];

/** A Word file through mammoth's semantic HTML; a leading Title/Heading 1 is the title. */
export async function importDocx(bytes: Uint8Array): Promise<ImportedDocument> {
  checkDocxSizes(bytes);
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { convertImage: skipImage, styleMap: STYLE_MAP }));
  } catch {
    throw new ImportError('This file could not be read as a Word document (.docx). Is it damaged, or an older .doc file?');
  }
  if (htmlNestingDepth(html) > MAX_NESTING) throw nestedTooDeeply('Word document');
  const body = new JSDOM(html).window.document.body;
  const blocks = withinBlockLimit(htmlToBlocks(body));
  const title = body.firstElementChild?.tagName === 'H1' && blocks[0]?.type === 'heading' ? blocks.shift()!.text : null;
  return { title, byline: null, publishedAt: null, blocks, urls: collectUrls(body) };
}
