import type { ParsedBlock } from './plain-text/parse-plain-text';

/** What every importer produces: clean blocks plus what it learned about the document. */
export type ImportedDocument = {
  title: string | null;
  byline: string | null;
  publishedAt: Date | null;
  blocks: ParsedBlock[];
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
