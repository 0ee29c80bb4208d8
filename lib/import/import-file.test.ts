import { describe, expect, it } from 'vitest';
import { makeDocx, makePdf } from '../../scripts/fixtures/make-documents';
import { importFile } from './import-file';
import type { ImportProgress } from './types';

const encode = (text: string) => new TextEncoder().encode(text);

describe('importFile', () => {
  it('reads a PDF page by page, re-joining a sentence cut by the page break', async () => {
    const blocks = [
      { type: 'heading' as const, text: 'Shipments Under Scrutiny' },
      {
        type: 'paragraph' as const,
        text:
          'According to the deputy assistant secretary, North Korea has shipped over 16,500 containers of munitions and ' +
          'related materiel since September last year, a figure that officials in Seoul described as conservative.',
      },
      {
        type: 'paragraph' as const,
        text:
          'Officials said the shipments continued through the autumn, and that the volume suggested long-term planning ' +
          'by both governments, with rail links carrying most of the cargo across the border.',
      },
    ];
    // Five lines a page: the first paragraph runs over the page break in mid-sentence.
    const bytes = await makePdf(blocks, { title: 'Shipments', linesPerPage: 5 });
    const progress: ImportProgress[] = [];
    const imported = await importFile({ name: 'report.pdf', type: 'application/pdf', bytes }, (step) => progress.push(step));
    expect(progress.at(-1)).toEqual({ stage: 'reading', done: progress.length, total: progress.length });
    expect(progress.length).toBeGreaterThan(1);
    // A heading before everything else is the title; the PDF's own metadata title is the fallback.
    expect(imported.title).toBe('Shipments Under Scrutiny');
    expect(imported.blocks).toEqual(blocks.slice(1));
  });

  it('reads a Word file: title, headings, paragraphs and hyperlinks as sources', async () => {
    const bytes = await makeDocx(
      [
        { type: 'heading', text: 'Background' },
        { type: 'paragraph', text: 'Poland signed a record $14 billion deal in 2022.', link: 'https://example.org/poland-deal' },
      ],
      { title: 'Arms Deals in Europe' },
    );
    const imported = await importFile({ name: 'deals.docx', type: '', bytes });
    expect(imported.title).toBe('Arms Deals in Europe');
    expect(imported.blocks).toEqual([
      { type: 'heading', text: 'Background' },
      {
        type: 'paragraph',
        text: 'Poland signed a record $14 billion deal in 2022. source',
        links: [{ start: 49, end: 55, url: 'https://example.org/poland-deal' }],
      },
    ]);
    expect(imported.urls).toEqual(['https://example.org/poland-deal']);
  });

  it('reads Markdown and HTML files', async () => {
    const markdown = await importFile({
      name: 'notes.md',
      type: 'text/markdown',
      bytes: encode('# Four Submarines\n\nA firm bid to build **four submarines** for [Poland](https://example.org/subs).\n'),
    });
    expect(markdown).toMatchObject({
      title: 'Four Submarines',
      blocks: [{ type: 'paragraph', text: 'A firm bid to build four submarines for Poland.' }],
      urls: ['https://example.org/subs'],
    });

    const html = await importFile({
      name: 'page.html',
      type: 'text/html',
      bytes: encode(
        '<html><head><title>Page</title></head><body><nav>Home</nav><h1>Troops in Kursk</h1><p>NATO confirmed the deployment on October 28.</p></body></html>',
      ),
    });
    expect(html.title).toBe('Troops in Kursk');
    expect(html.blocks).toEqual([{ type: 'paragraph', text: 'NATO confirmed the deployment on October 28.' }]);
  });

  it('titles a plain text file after its name when the text has no title', async () => {
    const imported = await importFile({ name: 'kim_jong-il.txt', type: 'text/plain', bytes: encode('The leader died in December 2011.') });
    expect(imported.title).toBe('kim jong il');
  });

  it('refuses unsupported, broken, empty and non-UTF-8 files with a clear message', async () => {
    await expect(importFile({ name: 'sheet.xlsx', type: '', bytes: new Uint8Array([1, 2]) })).rejects.toThrow(/cannot import “sheet.xlsx”/);
    await expect(importFile({ name: 'broken.pdf', type: '', bytes: encode('not a pdf') })).rejects.toThrow(/could not be read as a PDF/);
    await expect(importFile({ name: 'broken.docx', type: '', bytes: encode('not a zip') })).rejects.toThrow(
      /could not be read as a Word document/,
    );
    await expect(importFile({ name: 'empty.txt', type: '', bytes: encode('  \n ') })).rejects.toThrow(/contains no text/);
    await expect(importFile({ name: 'latin1.txt', type: '', bytes: new Uint8Array([0x63, 0x61, 0x66, 0xe9]) })).rejects.toThrow(
      /not UTF-8/,
    );
  });
});
