import { BLOCK_SEPARATOR } from '@/lib/text-model';
import type { ImportedDocument } from './types';

/**
 * An imported file's or page's text as Margin stores it for quotes (captures, evidence uploads):
 * the blocks joined by blank lines, without NUL characters (PostgreSQL text cannot hold them,
 * and PDFs sometimes carry them).
 */
export const importedText = (imported: ImportedDocument) =>
  imported.blocks
    .map((block) => block.text)
    .join(BLOCK_SEPARATOR)
    .replaceAll('\u0000', '');
