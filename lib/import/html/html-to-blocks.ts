// Turns article HTML into blocks of each kind — headings, paragraphs, list items (ordered or
// not, nested), quotes, captions and table rows — with the links on their words. Works on any
// DOM (jsdom on the server).
import { CELL_SEPARATOR, MAX_LIST_DEPTH, type BlockType, type ListPlace } from '@/lib/text-model';
import type { ImportedBlock } from '../types';
import { citedUrl } from './collect-urls';
import { InlineText } from './inline-text';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'NAV', 'FORM', 'BUTTON', 'IFRAME', 'HEAD', 'ASIDE', 'FOOTER']);
const HEADING = /^H[1-6]$/;
const LIST = new Set(['UL', 'OL']);
const CAPTION = new Set(['FIGCAPTION', 'CAPTION']);
const BLOCKS = new Set([
  ...LIST,
  ...CAPTION,
  'P',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'DT',
  'DD',
  'TD',
  'TH',
  'ADDRESS',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'DL',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'FIGURE',
  'BODY',
]);

const isBlockElement = (element: Element) => HEADING.test(element.tagName) || BLOCKS.has(element.tagName);
const isElement = (node: Node): node is Element => node.nodeType === 1;
const isText = (node: Node): node is Text => node.nodeType === 3;

/** The kind the text blocks inside an element take: a list item's place, a quote, a caption, or plain paragraphs. */
type Context = { type: BlockType; list?: ListPlace };
const PARAGRAPH: Context = { type: 'paragraph' };

/**
 * The child nodes of `node`, by sibling links: indexing jsdom's live `childNodes` grows with
 * their number, which made a document of 10,000 paragraphs take seconds.
 */
function* childNodes(node: Node): Generator<ChildNode> {
  for (let child = node.firstChild; child; child = child.nextSibling) yield child;
}

/** Appends the displayed text under `node` (a <br> or a nested block is a space), marking its links. */
function appendInline(node: Node, into: InlineText, baseUrl: string | undefined) {
  if (isText(node)) return into.append(node.data);
  if (!isElement(node) || SKIP.has(node.tagName)) return;
  if (node.tagName === 'BR') return into.append(' ');
  if (!node.firstElementChild && node.tagName !== 'A') return into.append(node.textContent ?? ''); // the common leaf: no walk
  const isBlock = isBlockElement(node);
  if (isBlock) into.append(' ');
  const start = into.length;
  for (const child of childNodes(node)) appendInline(child, into, baseUrl);
  const href = node.tagName === 'A' ? node.getAttribute('href') : null;
  const url = href === null ? null : citedUrl(href, baseUrl);
  if (url) into.link(start, url);
  if (isBlock) into.append(' ');
}

function hasBlockChild(element: Element) {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) if (isBlockElement(child)) return true;
  return false;
}

export function htmlToBlocks(root: Element, baseUrl?: string): ImportedBlock[] {
  const blocks: ImportedBlock[] = [];
  const push = (context: Context, inline: InlineText) => {
    const { text, links } = inline.finish();
    if (!text) return;
    blocks.push({ type: context.type, text, ...(context.list ? { list: context.list } : {}), ...(links.length ? { links } : {}) });
  };
  const pushElement = (context: Context, element: Element) => {
    const inline = new InlineText();
    appendInline(element, inline, baseUrl);
    push(context, inline);
  };
  /** A table row: its cells' texts in one block, separated by CELL_SEPARATOR. */
  const pushRow = (row: Element) => {
    const inline = new InlineText();
    let first = true;
    for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
      if (cell.tagName !== 'TD' && cell.tagName !== 'TH') continue;
      if (!first) inline.append(CELL_SEPARATOR);
      first = false;
      appendInline(cell, inline, baseUrl);
    }
    push({ type: 'tableRow' }, inline);
  };
  const walkList = (list: Element, context: Context) => {
    const depth = context.list ? Math.min(context.list.depth + 1, MAX_LIST_DEPTH) : 0;
    const ordered = list.tagName === 'OL';
    let number = Number.parseInt(list.getAttribute('start') ?? '', 10);
    if (!Number.isInteger(number)) number = 1;
    for (const child of childNodes(list)) {
      if (isElement(child) && child.tagName === 'LI') {
        const value = Number.parseInt(child.getAttribute('value') ?? '', 10);
        if (Number.isInteger(value)) number = value;
        walk(child, { type: 'listItem', list: { ordered, depth, number: ordered ? number++ : null } });
      } else walkNode(child, context);
    }
  };
  let run: InlineText | null = null; // inline content directly in a container, gathered until the next block
  const flush = (context: Context) => {
    if (run) push(context, run);
    run = null;
  };
  const walkNode = (node: Node, context: Context) => {
    if (!isElement(node) || !isBlockElement(node)) {
      if (isElement(node) && SKIP.has(node.tagName)) return;
      if (isText(node) || isElement(node)) appendInline(node, (run ??= new InlineText()), baseUrl);
      return;
    }
    flush(context);
    const tag = node.tagName;
    if (HEADING.test(tag)) pushElement({ type: 'heading' }, node);
    else if (LIST.has(tag)) walkList(node, context);
    else if (tag === 'TR') pushRow(node);
    else if (tag === 'BLOCKQUOTE') walk(node, { type: 'blockquote' });
    else if (CAPTION.has(tag)) walk(node, { type: 'caption' });
    else walk(node, context);
  };
  const walk = (element: Element, context: Context) => {
    if (!hasBlockChild(element)) return pushElement(context, element);
    for (const child of childNodes(element)) walkNode(child, context);
    flush(context);
  };
  walk(root, PARAGRAPH);
  return blocks;
}
