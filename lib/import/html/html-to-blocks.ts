// Turns article HTML into headings and paragraphs. Works on any DOM (jsdom on the server).
import type { ParsedBlock } from '../plain-text/parse-plain-text';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'NAV', 'FORM', 'BUTTON', 'IFRAME', 'HEAD', 'ASIDE', 'FOOTER']);
const HEADING = /^H[1-6]$/;
const TEXT_BLOCKS = new Set(['P', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'DT', 'DD', 'TD', 'TH', 'CAPTION', 'ADDRESS']);
const CONTAINERS = new Set([
  ...TEXT_BLOCKS,
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'TBODY',
  'THEAD',
  'TR',
  'FIGURE',
  'BODY',
]);

function isBlockElement(element: Element) {
  return HEADING.test(element.tagName) || CONTAINERS.has(element.tagName);
}

/**
 * The element children of `element`, by sibling links: indexing jsdom's live `children` grows
 * with their number, which made a document of 10,000 paragraphs take seconds.
 */
function* childElements(element: Element): Generator<Element> {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) yield child;
}

function hasBlockChild(element: Element) {
  for (const child of childElements(element)) if (isBlockElement(child)) return true;
  return false;
}

/** Text as displayed: runs of whitespace collapse, <br> is a space. */
function displayText(element: Element): string {
  if (!element.firstElementChild) return (element.textContent ?? '').replace(/\s+/g, ' ').trim(); // no <br>, nothing skipped: no copy needed
  const clone = element.cloneNode(true) as Element;
  for (const br of clone.querySelectorAll('br')) br.replaceWith(' ');
  for (const skipped of clone.querySelectorAll([...SKIP].join(','))) skipped.remove();
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function htmlToBlocks(root: Element): ParsedBlock[] {
  const blocks: ParsedBlock[] = [];
  const push = (type: ParsedBlock['type'], text: string) => {
    if (text) blocks.push({ type, text });
  };
  const walk = (element: Element) => {
    for (const child of childElements(element)) {
      if (SKIP.has(child.tagName)) continue;
      if (HEADING.test(child.tagName)) push('heading', displayText(child));
      else if ((TEXT_BLOCKS.has(child.tagName) || child.tagName === 'DIV') && !hasBlockChild(child)) push('paragraph', displayText(child));
      else if (isBlockElement(child)) walk(child);
      else push('paragraph', displayText(child)); // inline content directly in a container
    }
  };
  walk(root);
  return blocks;
}
