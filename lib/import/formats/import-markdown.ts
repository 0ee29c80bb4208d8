import { marked } from 'marked';
import { JSDOM } from 'jsdom';
import { collectUrls } from '../html/collect-urls';
import { htmlToBlocks } from '../html/html-to-blocks';
import { MAX_NESTING, nestedTooDeeply, withinBlockLimit } from '../limits';
import { htmlNestingDepth, markdownNestingDepth } from '../nesting-depth';
import type { ImportedDocument } from '../types';

/** Markdown: a leading `# Title` is the title; bare URLs and links are the sources. */
export function importMarkdown(markdown: string): ImportedDocument {
  if (markdownNestingDepth(markdown) > MAX_NESTING) throw nestedTooDeeply('Markdown');
  const html = marked.parse(markdown, { async: false, gfm: true });
  if (htmlNestingDepth(html) > MAX_NESTING) throw nestedTooDeeply('Markdown'); // raw HTML inside it
  const body = new JSDOM(html).window.document.body;
  const blocks = withinBlockLimit(htmlToBlocks(body));
  const firstIsTitle = body.firstElementChild?.tagName === 'H1' && blocks[0]?.type === 'heading';
  const title = firstIsTitle ? blocks.shift()!.text : null;
  return { title, byline: null, publishedAt: null, blocks, urls: collectUrls(body) };
}
