import { describe, expect, it } from 'vitest';
import { blocksToDoc, blockText, docToBlocks, listMarker, offsetToPosition, positionToOffset, projectPlainText } from './text-model';

describe('text model', () => {
  const blocks = [
    { type: 'heading' as const, text: 'Conclusion' },
    { type: 'paragraph' as const, text: 'North Korea has shipped over 16,500 containers.' },
  ];

  it('projects blocks joined by a blank line', () => {
    expect(projectPlainText(blocksToDoc(blocks))).toBe('Conclusion\n\nNorth Korea has shipped over 16,500 containers.');
  });

  it('round-trips blocks through tiptap JSON', () => {
    const doc = blocksToDoc(blocks);
    expect(doc.content[0]).toMatchObject({ type: 'heading', attrs: { level: 2 } });
    expect(docToBlocks(doc)).toEqual(blocks);
  });

  it('round-trips each block kind, a list item with its place', () => {
    const kinds = [
      { type: 'listItem' as const, text: 'First', list: { ordered: true, depth: 1, number: 4 } },
      { type: 'blockquote' as const, text: 'We will not back down.' },
      { type: 'caption' as const, text: 'Table 1' },
      { type: 'tableRow' as const, text: 'Year | Tanks' },
    ];
    expect(docToBlocks(blocksToDoc(kinds))).toEqual(kinds);
    expect(projectPlainText(blocksToDoc(kinds))).toBe('First\n\nWe will not back down.\n\nTable 1\n\nYear | Tanks');
  });

  it('reads blocks of an unknown kind as paragraphs, and odd list places as a top-level bullet', () => {
    const doc = {
      type: 'doc' as const,
      content: [
        { type: 'mystery', content: [{ type: 'text' as const, text: 'Old' }] },
        { type: 'listItem', attrs: { ordered: 'yes', depth: 99, number: -1 }, content: [{ type: 'text' as const, text: 'Item' }] },
      ],
    };
    expect(docToBlocks(doc)).toEqual([
      { type: 'paragraph', text: 'Old' },
      { type: 'listItem', text: 'Item', list: { ordered: false, depth: 8, number: null } },
    ]);
    expect(listMarker({ ordered: true, depth: 0, number: 3 })).toBe('3.');
    expect(listMarker({ ordered: false, depth: 1, number: null })).toBe('◦');
  });
});

describe('positions and offsets', () => {
  it('map every character of every block both ways', () => {
    const doc = blocksToDoc([
      { type: 'heading', text: 'Conclusion' },
      { type: 'paragraph', text: 'Four submarines.' },
    ]);
    const text = projectPlainText(doc);
    // Walk the document as ProseMirror counts it: a block opens, its characters, it closes.
    let position = 0;
    for (const [index, block] of doc.content.entries()) {
      position += 1;
      const blockStart = text.split('\n\n').slice(0, index).join('\n\n').length + (index ? 2 : 0);
      for (let char = 0; char < blockText(block).length; char++) {
        expect(offsetToPosition(blockStart + char)).toBe(position + char);
        expect(positionToOffset(position + char)).toBe(blockStart + char);
      }
      position += blockText(block).length + 1;
    }
  });
});
