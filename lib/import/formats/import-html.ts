import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { collectUrls } from '../html/collect-urls';
import { htmlToBlocks } from '../html/html-to-blocks';
import { MAX_NESTING, nestedTooDeeply, withinBlockLimit } from '../limits';
import { htmlNestingDepth } from '../nesting-depth';
import type { ImportedDocument } from '../types';

function parseDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A leading heading that repeats the title is the title, not body text. */
function dropRepeatedTitle(title: string | null, blocks: ImportedDocument['blocks']) {
  if (title && blocks[0]?.type === 'heading' && blocks[0].text === title) blocks.shift();
  return blocks;
}

/**
 * A web page or HTML file: the main content as Readability finds it (falling back to the whole
 * body for pages too short for it), its title, byline, date and the links it cites.
 */
export function importHtml(html: string, { url }: { url?: string } = {}): ImportedDocument {
  if (htmlNestingDepth(html) > MAX_NESTING) throw nestedTooDeeply('HTML');
  const dom = new JSDOM(html, { url: url ?? 'about:blank' });
  const document = dom.window.document;
  const pageTitle = document.querySelector('title')?.textContent?.trim() || null;
  const published = document.querySelector('meta[property="article:published_time"], time[datetime]');
  const article = new Readability(document.cloneNode(true) as Document).parse();

  const useArticle = Boolean(article?.content) && (article?.textContent ?? '').trim().length > 200;
  const root: Element = useArticle ? new JSDOM(article!.content!).window.document.body : (document.body ?? document.documentElement);
  const blocks = withinBlockLimit(htmlToBlocks(root, url));
  // A page's single <h1> is its headline; <title> often carries the site's name too.
  const h1s = document.querySelectorAll('h1');
  const headline = h1s.length === 1 ? h1s[0]!.textContent?.replace(/\s+/g, ' ').trim() || null : null;
  const title = headline || (useArticle && article?.title?.trim()) || pageTitle;
  dom.window.close();
  return {
    title,
    byline: article?.byline?.trim() || null,
    publishedAt: parseDate(article?.publishedTime ?? published?.getAttribute('content') ?? published?.getAttribute('datetime')),
    blocks: dropRepeatedTitle(title, blocks),
    urls: collectUrls(root, url),
  };
}
