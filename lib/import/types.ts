import type { Block } from '@/lib/text-model';

/** A link on some words of a block: [start, end) in the block's text, to an absolute http(s) address. */
export type BlockLink = { start: number; end: number; url: string };
/** A block of an imported document, with its links (HTML, Word and Markdown imports) — they become citations. */
export type ImportedBlock = Block & { links?: BlockLink[] };

/** What every importer produces: clean blocks plus what it learned about the document. */
export type ImportedDocument = {
  title: string | null;
  byline: string | null;
  publishedAt: Date | null;
  blocks: ImportedBlock[];
  /** Cited links, in order of appearance, without duplicates: they become the document's sources. */
  urls: string[];
};

export type ImportProgress = { stage: 'reading' | 'parsing'; done: number; total: number };
export type OnProgress = (progress: ImportProgress) => void;

/** A user's file that cannot be imported: the message says why, in words they can act on. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
