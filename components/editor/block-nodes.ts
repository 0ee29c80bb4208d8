// The block kinds beyond headings and paragraphs (lib/text-model.ts). Each is a top-level text
// block, never wrapped in a list or table node, so that every block keeps the size of its text
// plus two and plain-text offsets map to positions by the same rule in every block. List markers
// are drawn by CSS from an attribute: they are shown, never part of the text.
import { mergeAttributes, Node } from '@tiptap/core';
import { listMarker, readListPlace } from '@/lib/text-model';

const textBlock = { group: 'block', content: 'text*', defining: true } as const;
/** Above the paragraph's `p` rule, so that a copied list item or caption pastes back as one. */
const PARSE_PRIORITY = 60;

export const ListItemBlock = Node.create({
  name: 'listItem',
  ...textBlock,
  addAttributes() {
    return {
      ordered: { default: false, parseHTML: (element) => element.dataset.ordered === 'true', renderHTML: () => ({}) },
      depth: { default: 0, parseHTML: (element) => readListPlace({ depth: element.dataset.depth }).depth, renderHTML: () => ({}) },
      number: { default: null, parseHTML: (element) => Number(element.dataset.number) || null, renderHTML: () => ({}) },
    };
  },
  parseHTML: () => [{ tag: 'p[data-block="list-item"]', priority: PARSE_PRIORITY }],
  renderHTML({ node, HTMLAttributes }) {
    const place = readListPlace(node.attrs);
    return [
      'p',
      mergeAttributes(HTMLAttributes, {
        'data-block': 'list-item',
        'data-ordered': String(place.ordered),
        'data-depth': String(place.depth),
        ...(place.number === null ? {} : { 'data-number': String(place.number) }),
        'data-marker': listMarker(place),
        style: `--list-depth: ${place.depth}`,
      }),
      0,
    ];
  },
});

export const QuoteBlock = Node.create({
  name: 'blockquote',
  ...textBlock,
  parseHTML: () => [{ tag: 'blockquote', priority: PARSE_PRIORITY }],
  renderHTML: ({ HTMLAttributes }) => ['blockquote', mergeAttributes(HTMLAttributes, { 'data-block': 'quote' }), 0],
});

export const CaptionBlock = Node.create({
  name: 'caption',
  ...textBlock,
  parseHTML: () => [{ tag: 'p[data-block="caption"]', priority: PARSE_PRIORITY }],
  renderHTML: ({ HTMLAttributes }) => ['p', mergeAttributes(HTMLAttributes, { 'data-block': 'caption' }), 0],
});

export const TableRowBlock = Node.create({
  name: 'tableRow',
  ...textBlock,
  parseHTML: () => [{ tag: 'p[data-block="table-row"]', priority: PARSE_PRIORITY }],
  renderHTML: ({ HTMLAttributes }) => ['p', mergeAttributes(HTMLAttributes, { 'data-block': 'table-row' }), 0],
});

export const blockNodes = [ListItemBlock, QuoteBlock, CaptionBlock, TableRowBlock];
