// A Word file is a zip archive. Before mammoth inflates any part of it, each entry's size is
// checked: the size its header declares, then (for every part but images, which are never read)
// the size it really inflates to, with zlib stopping at the cap. A 44 KB file whose document.xml
// inflated to hundreds of megabytes took minutes and 900 MB of memory.
import { inflateRawSync } from 'node:zlib';
import { docxPartTooLarge, MAX_DOCX_PARAGRAPHS, MAX_DOCX_PART_BYTES, tooManyDocxParagraphs } from '../limits';
import { ImportError } from '../types';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Images and embedded objects: mammoth is told not to read them (see import-docx.ts). */
const NEVER_READ = /^word\/(?:media|embeddings)\//;

export type ZipEntry = { name: string; method: number; compressedSize: number; uncompressedSize: number; localHeaderOffset: number };

const notAZip = () => new ImportError('This file could not be read as a Word document (.docx). Is it damaged, or an older .doc file?');

/** The entries listed in the archive's central directory. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 64 KB (after an optional comment).
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw notAZip();
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_FILE_HEADER) throw notAZip();
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflates `entry` with zlib stopping at the cap: its content, or null when it does not fit. */
function inflateWithinCap(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = entry.localHeaderOffset;
  if (header + 30 > bytes.length || view.getUint32(header, true) !== LOCAL_FILE_HEADER) throw notAZip();
  const dataStart = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
  if (entry.method === STORED) return data.length <= MAX_DOCX_PART_BYTES ? data : null;
  if (entry.method !== DEFLATED) throw notAZip();
  try {
    return inflateRawSync(data, { maxOutputLength: MAX_DOCX_PART_BYTES });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return null;
    throw notAZip();
  }
}

/** Paragraphs (`<w:p>` elements, empty ones included) in the XML of the document's body. */
function countParagraphs(xml: Uint8Array): number {
  const text = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength).toString('utf8');
  let count = 0;
  for (let at = text.indexOf('<w:p'); at !== -1; at = text.indexOf('<w:p', at + 4)) {
    const next = text[at + 4];
    if (next === '>' || next === ' ' || next === '/') count++;
  }
  return count;
}

/**
 * Refuses a Word file any of whose parts is larger than MAX_DOCX_PART_BYTES uncompressed, or
 * whose body holds more than MAX_DOCX_PARAGRAPHS paragraphs, before mammoth reads it.
 */
export function checkDocxSizes(bytes: Uint8Array): void {
  for (const entry of zipEntries(bytes)) {
    if (entry.uncompressedSize > MAX_DOCX_PART_BYTES) throw docxPartTooLarge(entry.name);
    if (NEVER_READ.test(entry.name)) continue;
    const content = inflateWithinCap(bytes, entry);
    if (!content) throw docxPartTooLarge(entry.name);
    if (entry.name === 'word/document.xml' && countParagraphs(content) > MAX_DOCX_PARAGRAPHS) throw tooManyDocxParagraphs();
  }
}
