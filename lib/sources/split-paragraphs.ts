// The captured text as paragraphs, with one span (a quote) marked across however many it covers.
export type ParagraphPiece = { text: string; marked: boolean };
export type Paragraph = { start: number; pieces: ParagraphPiece[] };

/**
 * Each non-blank line of `text` is a paragraph (offsets stay those of `text`, so a quote's
 * quoteStart/quoteEnd apply unchanged). The part of [start, end) inside a paragraph is marked.
 */
export function splitParagraphs(text: string, mark?: { start: number; end: number } | null): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    if (!line[0].trim()) continue;
    const start = line.index;
    const end = start + line[0].length;
    const from = mark ? Math.max(start, Math.min(end, mark.start)) : end;
    const to = mark ? Math.max(from, Math.min(end, mark.end)) : end;
    const pieces: ParagraphPiece[] = [
      { text: text.slice(start, from), marked: false },
      { text: text.slice(from, to), marked: true },
      { text: text.slice(to, end), marked: false },
    ].filter((piece) => piece.text !== '');
    paragraphs.push({ start, pieces });
  }
  return paragraphs;
}
