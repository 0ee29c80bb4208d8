// Turns article HTML into headings and paragraphs. Works on any DOM (jsdom on the server).
import type { ParsedBlock } from '../plain-text/parse-plain-text';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'NAV', 'FORM', 'BUTTON', 'IFRAME', 'HEAD', 'ASIDE', 'FOOTER']);
const HEADING = /^H[1-6]$/;
const TEXT_BLOCKS = new Set(['P', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'DT', 'DD', 'TD', 'TH', 'CAPTION', 'ADDRESS']);
const CONTAINERS = new Set([...TEXT_BLOCKS, 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TR', 'FIGURE', 'BODY']);

function isBlockElement(element: Element) {
  return HEADING.test(element.tagName) || CONTAINERS.has(element.tagName);
}

function hasBlockChild(element: Element) {
  return [...element.children].some(isBlockElement);
}

/** Text as displayed: runs of whitespace collapse, <br> is a space. */
function displayText(element: Element): string {
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
    for (const child of element.children) {
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
