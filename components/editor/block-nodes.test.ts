import { DOMParser, DOMSerializer } from '@tiptap/pm/model';
import { Mapping } from '@tiptap/pm/transform';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { documentSchema, editorStateOfBlocks, offsetsOf } from '@/tests/support/editor-state';
import { BLOCK_SEPARATOR, blocksToDoc, offsetToPosition, projectPlainText, type Block } from '@/lib/text-model';
import { mapAnchors } from './map-anchors';

const BLOCKS: Block[] = [
  { type: 'heading', text: 'Deliveries' },
  { type: 'paragraph', text: 'Three findings stand out.' },
  { type: 'listItem', text: 'Exports rose in 2023', list: { ordered: false, depth: 0, number: null } },
  { type: 'listItem', text: 'Mostly to Poland', list: { ordered: true, depth: 1, number: 2 } },
  { type: 'blockquote', text: 'We will not back down.' },
  { type: 'caption', text: 'Table 1: Deliveries by year' },
  { type: 'tableRow', text: 'Year | Tanks' },
  { type: 'tableRow', text: '2022 | 180' },
];
const TEXT = BLOCKS.map((block) => block.text).join(BLOCK_SEPARATOR);

describe('block nodes in the editor schema', () => {
  it('hold every kind as a flat block, so each character of the plain text sits at offset + 1', () => {
    const { doc } = editorStateOfBlocks(BLOCKS);
    expect(doc.childCount).toBe(BLOCKS.length);
    expect(doc.textBetween(0, doc.content.size, BLOCK_SEPARATOR)).toBe(TEXT);
    for (let offset = 0; offset < TEXT.length; offset++) {
      if (TEXT[offset] === '\n') continue;
      expect(doc.textBetween(offsetToPosition(offset), offsetToPosition(offset + 1)), `offset ${offset}`).toBe(TEXT[offset]);
    }
  });

  it('round-trip through the editor JSON with their list places', () => {
    const { doc } = editorStateOfBlocks(BLOCKS);
    expect(doc.toJSON()).toEqual(blocksToDoc(BLOCKS));
    expect(projectPlainText(doc.toJSON())).toBe(TEXT);
  });

  it('render list markers, quotes, captions and table rows, and parse their own HTML back', () => {
    const { doc } = editorStateOfBlocks(BLOCKS);
    const { document } = new JSDOM('').window;
    const host = document.createElement('div');
    host.append(DOMSerializer.fromSchema(documentSchema).serializeFragment(doc.content, { document }));
    expect(host.querySelector('[data-block="list-item"]')?.getAttribute('data-marker')).toBe('•');
    expect(host.querySelectorAll('[data-block="list-item"]')[1]?.getAttribute('data-marker')).toBe('2.');
    expect(host.querySelector('blockquote')?.textContent).toBe('We will not back down.');
    expect(host.querySelector('[data-block="caption"]')?.textContent).toBe('Table 1: Deliveries by year');
    expect([...host.querySelectorAll('[data-block="table-row"]')].map((row) => row.textContent)).toEqual(['Year | Tanks', '2022 | 180']);
    // Markers are drawn by CSS, never part of the text.
    expect(host.textContent).toBe(BLOCKS.map((block) => block.text).join(''));
    expect(DOMParser.fromSchema(documentSchema).parse(host).toJSON()).toEqual(doc.toJSON());
  });

  it('map annotations exactly through edits inside list items and table rows', () => {
    const state = editorStateOfBlocks(BLOCKS);
    const poland = { id: 'poland', ...offsetsOf(TEXT, 'Poland') };
    const tanks = { id: 'tanks', ...offsetsOf(TEXT, '180') };
    const tr = state.tr.insertText('Up: ', offsetToPosition(offsetsOf(TEXT, 'Exports').start));
    tr.insertText('about ', offsetToPosition(offsetsOf(TEXT, '180').start + 4));
    const mapping = new Mapping(tr.mapping.maps);
    const text = tr.doc.textBetween(0, tr.doc.content.size, BLOCK_SEPARATOR);
    const words = mapAnchors(mapping, [poland, tanks]).map((anchor) => text.slice(anchor.start!, anchor.end!));
    expect(words).toEqual(['Poland', '180']);
    expect(text).toContain('2022 | about 180');
  });
});
