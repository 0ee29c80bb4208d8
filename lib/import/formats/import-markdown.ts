import { marked } from 'marked';
import { JSDOM } from 'jsdom';
import { collectUrls } from '../html/collect-urls';
import { htmlToBlocks } from '../html/html-to-blocks';
import type { ImportedDocument } from '../types';

/** Markdown: a leading `# Title` is the title; bare URLs and links are the sources. */
export function importMarkdown(markdown: string): ImportedDocument {
  const html = marked.parse(markdown, { async: false, gfm: true });
  const body = new JSDOM(html).window.document.body;
  const blocks = htmlToBlocks(body);
  const firstIsTitle = body.firstElementChild?.tagName === 'H1' && blocks[0]?.type === 'heading';
  const title = firstIsTitle ? blocks.shift()!.text : null;
  return { title, byline: null, publishedAt: null, blocks, urls: collectUrls(body) };
}
