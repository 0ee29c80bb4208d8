// What one import may hold. Past each cap the import is refused with a message saying so:
// hostile or broken files must not keep the server busy for minutes (docs/LIMITS.md lists them).
import { ImportError } from './types';

/** Paragraphs and headings in one document. */
export const MAX_BLOCKS = 20_000;
/** Pages of a PDF. */
export const MAX_PDF_PAGES = 500;
/** Uncompressed size of any one part of a Word file (document.xml, styles, notes…). */
export const MAX_DOCX_PART_BYTES = 20 * 1024 * 1024;
/** Paragraphs in a Word document's body, empty ones (spacing) included: checked before it is converted. */
export const MAX_DOCX_PARAGRAPHS = 2 * MAX_BLOCKS;
/** Links that become citation annotations in one import; the rest stay the document's sources only. */
export const MAX_CITATION_LINKS = 2_000;
/** Elements or Markdown quotes and lists inside one another. */
export const MAX_NESTING = 200;

const count = (value: number) => value.toLocaleString('en');

/** The blocks, or an ImportError when there are more than MAX_BLOCKS of them. */
export function withinBlockLimit<T>(blocks: T[]): T[] {
  if (blocks.length > MAX_BLOCKS) {
    throw new ImportError(
      `This document has more than ${count(MAX_BLOCKS)} paragraphs and headings, more than Margin imports at once. Split it into smaller documents.`,
    );
  }
  return blocks;
}

export function tooManyPages(pages: number): ImportError {
  return new ImportError(
    `This PDF has ${count(pages)} pages; Margin imports PDFs of up to ${count(MAX_PDF_PAGES)} pages. Split it into smaller files.`,
  );
}

export function docxPartTooLarge(name: string): ImportError {
  return new ImportError(
    `This Word document's “${name}” is larger than ${MAX_DOCX_PART_BYTES / 1024 / 1024} MB once uncompressed, more than Margin imports.`,
  );
}

export function tooManyDocxParagraphs(): ImportError {
  return new ImportError(
    `This Word document has more than ${count(MAX_DOCX_PARAGRAPHS)} paragraphs (empty ones included), more than Margin imports at once. Split it into smaller documents.`,
  );
}

export function nestedTooDeeply(what: 'HTML' | 'Markdown' | 'Word document'): ImportError {
  return new ImportError(
    `This ${what} is nested more than ${MAX_NESTING} levels deep, more than Margin imports. Is it generated or damaged?`,
  );
}
