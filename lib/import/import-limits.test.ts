import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { makeDocx } from '../../scripts/fixtures/make-documents';
import { importFile } from './import-file';
import { MAX_BLOCKS, MAX_DOCX_PART_BYTES, MAX_NESTING, MAX_PDF_PAGES } from './limits';
import { parsePlainText } from './plain-text/parse-plain-text';

const encode = (text: string) => new TextEncoder().encode(text);

/** A real Word file whose body XML is replaced by `paragraphs` copies of one paragraph. */
async function docxWithParagraphs(paragraphs: number) {
  const zip = await JSZip.loadAsync(await makeDocx([{ type: 'paragraph', text: 'x' }]));
  const xml = await zip.file('word/document.xml')!.async('string');
  zip.file('word/document.xml', xml.replace('<w:body>', `<w:body>${'<w:p><w:r><w:t>a</w:t></w:r></w:p>'.repeat(paragraphs)}`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('import limits', () => {
  it('refuses a Word file whose document.xml inflates past the cap, before inflating it all', async () => {
    const zip = await JSZip.loadAsync(await makeDocx([{ type: 'paragraph', text: 'x' }]));
    // 21 MB of spaces compress to a few KB: a zip bomb in miniature.
    zip.file('word/document.xml', ' '.repeat(MAX_DOCX_PART_BYTES + 1024 * 1024), { compression: 'DEFLATE' });
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bytes.length).toBeLessThan(200_000);
    await expect(importFile({ name: 'bomb.docx', type: '', bytes })).rejects.toThrow(
      "This Word document's “word/document.xml” is larger than 20 MB once uncompressed",
    );
  });

  it('refuses a Word file whose header understates an entry that inflates past the cap', async () => {
    const zip = await JSZip.loadAsync(await makeDocx([{ type: 'paragraph', text: 'x' }]));
    zip.file('word/styles.xml', ' '.repeat(MAX_DOCX_PART_BYTES + 1), { compression: 'DEFLATE' });
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    // Rewrite the central directory's uncompressed size of styles.xml to 1 byte: a lying header.
    const view = new DataView(bytes.buffer);
    const name = encode('word/styles.xml');
    for (let at = 0; at < bytes.length - 46; at++) {
      if (
        view.getUint32(at, true) === 0x02014b50 &&
        bytes.subarray(at + 46, at + 46 + name.length).every((byte, index) => byte === name[index])
      )
        view.setUint32(at + 24, 1, true);
    }
    await expect(importFile({ name: 'liar.docx', type: '', bytes })).rejects.toThrow(/word\/styles.xml.*larger than 20 MB/);
  });

  it('refuses a Word file with more paragraphs than the cap without converting it', async () => {
    // Converting 40,001 paragraphs would take minutes: the test's own time limit stands for "before converting".
    await expect(importFile({ name: 'long.docx', type: '', bytes: await docxWithParagraphs(2 * MAX_BLOCKS + 1) })).rejects.toThrow(
      /more than 40,000 paragraphs/,
    );
  });

  it(`refuses a PDF of more than ${MAX_PDF_PAGES} pages before reading them`, async () => {
    const pdf = await PDFDocument.create();
    for (let page = 0; page <= MAX_PDF_PAGES; page++) pdf.addPage([200, 200]);
    const bytes = await pdf.save();
    await expect(importFile({ name: 'huge.pdf', type: '', bytes })).rejects.toThrow(
      `This PDF has 501 pages; Margin imports PDFs of up to 500 pages.`,
    );
  });

  it(`refuses more than ${MAX_BLOCKS.toLocaleString('en')} paragraphs, in every importer`, async () => {
    const paragraphs = Array.from({ length: MAX_BLOCKS + 1 }, (_, index) => `Paragraph ${index}.`);
    const message = /more than 20,000 paragraphs and headings/;
    expect(() => parsePlainText(paragraphs.join('\n\n'))).toThrow(message);
    await expect(importFile({ name: 'a.md', type: '', bytes: encode(paragraphs.join('\n\n')) })).rejects.toThrow(message);
    await expect(
      importFile({ name: 'a.html', type: '', bytes: encode(paragraphs.map((text) => `<p>${text}</p>`).join('')) }),
    ).rejects.toThrow(message);
    expect(parsePlainText(paragraphs.slice(0, MAX_BLOCKS).join('\n\n')).blocks).toHaveLength(MAX_BLOCKS);
  }, 60_000); // jsdom parses 20,001 paragraphs of HTML before they are counted: seconds on a loaded machine

  it(`refuses HTML and Markdown nested more than ${MAX_NESTING} levels deep, but not ${MAX_NESTING}`, async () => {
    const nested = (depth: number) => `${'<div>'.repeat(depth)}Text${'</div>'.repeat(depth)}`;
    await expect(importFile({ name: 'deep.html', type: '', bytes: encode(nested(MAX_NESTING + 1)) })).rejects.toThrow(
      'This HTML is nested more than 200 levels deep',
    );
    await expect(importFile({ name: 'ok.html', type: '', bytes: encode(nested(MAX_NESTING)) })).resolves.toMatchObject({
      blocks: [{ text: 'Text' }],
    });
    await expect(importFile({ name: 'deep.md', type: '', bytes: encode(`${'> '.repeat(MAX_NESTING + 1)}Text`) })).rejects.toThrow(
      'This Markdown is nested more than 200 levels deep',
    );
    await expect(importFile({ name: 'list.md', type: '', bytes: encode(`${'- '.repeat(MAX_NESTING + 1)}Text`) })).rejects.toThrow(
      'This Markdown is nested',
    );
    await expect(importFile({ name: 'raw.md', type: '', bytes: encode(nested(MAX_NESTING + 1)) })).rejects.toThrow(
      'This Markdown is nested',
    );
  });
});
