import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from './split-paragraphs';

describe('splitParagraphs', () => {
  it('joins hard-wrapped lines and splits on blank lines', () => {
    const blocks = splitParagraphs('First line\nwrapped here.\n\n  Second   \r\nparagraph.\n\n\n');
    expect(blocks).toEqual([
      { type: 'paragraph', text: 'First line wrapped here.' },
      { type: 'paragraph', text: 'Second paragraph.' },
    ]);
  });

  it('reads the fixture article into whole lines without wraps', () => {
    const raw = fs.readFileSync(path.join(import.meta.dirname, '../../prisma/seed/article.txt'), 'utf8');
    const blocks = splitParagraphs(raw);
    expect(blocks.length).toBeGreaterThan(10);
    expect(blocks.every((block) => !block.text.includes('\n'))).toBe(true);
    expect(blocks.some((block) => block.text.includes('over 16,500 containers of munitions'))).toBe(true);
  });
});
