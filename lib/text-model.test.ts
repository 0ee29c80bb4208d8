import { describe, expect, it } from 'vitest';
import { blocksToDoc, contentHash, docToBlocks, projectPlainText } from './text-model';

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

  it('hashes the plain text with SHA-256', () => {
    expect(contentHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(contentHash('abc')).not.toBe(contentHash('abd'));
  });
});
