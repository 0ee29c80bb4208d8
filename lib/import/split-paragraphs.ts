// A first, plain reading of pasted text: blank lines separate paragraphs, single line breaks
// inside a paragraph are hard wraps. (The import issue replaces this with full cleanup.)
import type { Block } from '@/lib/text-model';

export function splitParagraphs(raw: string): Block[] {
  return raw
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((chunk) =>
      chunk
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .join(' '),
    )
    .filter(Boolean)
    .map((text) => ({ type: 'paragraph' as const, text }));
}
