// List items and quotes in plain text (and text copied out of PDFs): "- ", "* ", "• " or "1. "
// at the start of a line begin a list item, "> " marks quoted lines. The markers are shown by
// the reader, so they leave the text.

/** A bullet or a number of up to three digits ("2019." starting a wrapped line is a year), then a space. */
const ITEM = /^(?:[-*•–]|(\d{1,3})[.)])\s+(?=\S)/u;
const QUOTE = /^>\s?/;

export type Piece = { kind: 'paragraph' | 'listItem' | 'blockquote'; lines: string[]; number?: number | null };

export const startsListItem = (line: string) => ITEM.test(line);
export const isQuoteLine = (line: string) => QUOTE.test(line);

/**
 * A paragraph's lines cut into pieces: quoted lines make a quote; a marked line starts a list
 * item when it opens the paragraph, follows another item or a line ending with a colon (else it
 * is a wrapped line that happens to start with a dash or a number); lines after an item continue it.
 */
export function splitStructure(lines: string[]): Piece[] {
  const pieces: Piece[] = [];
  let current: Piece | null = null;
  const start = (piece: Piece) => {
    pieces.push(piece);
    current = piece;
  };
  for (const line of lines) {
    const open = current as Piece | null;
    const item = ITEM.exec(line);
    if (isQuoteLine(line)) {
      const text = line.replace(QUOTE, '');
      if (open?.kind === 'blockquote') open.lines.push(text);
      else start({ kind: 'blockquote', lines: [text] });
    } else if (item && (!open || open.kind === 'listItem' || open.lines.at(-1)!.endsWith(':'))) {
      start({ kind: 'listItem', lines: [line.slice(item[0].length)], number: item[1] ? Number(item[1]) : null });
    } else if (open && open.kind !== 'blockquote') open.lines.push(line);
    else start({ kind: 'paragraph', lines: [line] });
  }
  return pieces.map((piece) => ({ ...piece, lines: piece.lines.filter(Boolean) })).filter((piece) => piece.lines.length > 0);
}
