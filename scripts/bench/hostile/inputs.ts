// The hostile files and annotation sets the benchmark sends, built in memory.
import JSZip from 'jszip';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

async function docx(paragraphs: Iterable<string>): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELS);
  const body: string[] = [];
  for (const text of paragraphs) body.push(`<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`);
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body.join('')}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/**
 * A Word file whose document.xml inflates to ~30 MB (a few paragraphs of 1 MB each) from a
 * zip of a few tens of KB. With `lying`, both zip headers claim it is 1 KB uncompressed, so only
 * counting while inflating catches it.
 */
export async function docxZipBomb(lying: boolean): Promise<Uint8Array> {
  const bytes = await docx(Array.from({ length: 30 }, () => 'a'.repeat(1024 * 1024)));
  if (lying) claimUncompressedSize(bytes, 'word/document.xml', 1024);
  return bytes;
}

/** Rewrites the uncompressed size the local and central headers of `name` declare. */
function claimUncompressedSize(bytes: Uint8Array, name: string, size: number) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder();
  for (let offset = 0; offset + 46 < bytes.length; offset += 1) {
    const signature = view.getUint32(offset, true);
    if (signature === 0x04034b50) {
      const length = view.getUint16(offset + 26, true);
      if (decoder.decode(bytes.subarray(offset + 30, offset + 30 + length)) === name) view.setUint32(offset + 22, size, true);
    } else if (signature === 0x02014b50) {
      const length = view.getUint16(offset + 28, true);
      if (decoder.decode(bytes.subarray(offset + 46, offset + 46 + length)) === name) view.setUint32(offset + 24, size, true);
    }
  }
}

export const docxManyParagraphs = (count: number) =>
  docx(Array.from({ length: count }, (_, index) => `Paragraph ${index + 1} of a very long report.`));

export async function pdfManyPages(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let index = 0; index < pages; index += 1)
    pdf.addPage([300, 200]).drawText(`Page ${index + 1} says 42 percent.`, { x: 20, y: 100, size: 12, font });
  return pdf.save();
}

export const nestedHtml = (depth: number) =>
  `<!doctype html><html><body>${'<div>'.repeat(depth)}Deep text.${'</div>'.repeat(depth)}</body></html>`;

export const shortLines = (count: number) => Array.from({ length: count }, (_, index) => `line ${index}`).join('\n');

/** W3C annotations (an AnnotationCollection) with TextQuoteSelectors of the given shape. */
export function w3cCollection(
  count: number,
  quote: (index: number) => { exact: string; prefix?: string; suffix?: string },
  source: string,
) {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    total: count,
    first: {
      type: 'AnnotationPage',
      items: Array.from({ length: count }, (_, index) => ({
        type: 'Annotation',
        motivation: 'commenting',
        bodyValue: `Note ${index}`,
        target: { source, selector: { type: 'TextQuoteSelector', ...quote(index) } },
      })),
    },
  };
}

/** `words` words drawn from a vocabulary of its own (different seeds: unrelated texts). */
export function randomWords(words: number, seed: number): string {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const vocabulary = Array.from({ length: 3000 }, () =>
    Array.from({ length: 3 + Math.floor(next() * 6) }, () => letters[Math.floor(next() * 26)]).join(''),
  );
  const out: string[] = [];
  for (let index = 0; index < words; index += 1)
    out.push(vocabulary[Math.floor(next() * vocabulary.length)]! + (index % 15 === 14 ? '.' : ''));
  return out.join(' ');
}
