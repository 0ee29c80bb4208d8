import { BLOCK_SEPARATOR } from '@/lib/text-model';
import { MAX_CITATION_LINKS } from './limits';
import type { ImportedBlock } from './types';

/** A link's words in the imported text: [start, end) in the version's plain text. */
export type CitationLink = { start: number; end: number; url: string };

/**
 * The links on the blocks' words, placed in the plain text the blocks make (joined by blank
 * lines), in reading order: at most MAX_CITATION_LINKS of them, and how many more were left out.
 */
export function citationLinks(blocks: ImportedBlock[]): { links: CitationLink[]; leftOut: number } {
  const links: CitationLink[] = [];
  let leftOut = 0;
  let offset = 0;
  for (const block of blocks) {
    for (const link of block.links ?? []) {
      if (links.length < MAX_CITATION_LINKS) links.push({ start: offset + link.start, end: offset + link.end, url: link.url });
      else leftOut++;
    }
    offset += block.text.length + BLOCK_SEPARATOR.length;
  }
  return { links, leftOut };
}

/** What an import result says when links were left without a citation (null when none were). */
export function citationNotice(leftOut: number): string | null {
  if (leftOut === 0) return null;
  const count = (value: number) => value.toLocaleString('en');
  return `Margin made citations of the first ${count(MAX_CITATION_LINKS)} links only; ${count(leftOut)} more are listed among the sources.`;
}
