// PDF text items → lines → text. A line ends where pdf.js marks an end of line or the baseline
// moves; a blank line goes where the gap between two lines is clearly wider than the
// document's usual line spacing (a paragraph break). Pages are separated by a form feed.
export type PdfTextItem = { str: string; hasEOL: boolean; transform: number[] };
export type PdfLine = { text: string; y: number };

const PARAGRAPH_GAP = 1.6;
const SAME_BASELINE = 2;

export function pageLines(items: PdfTextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | null = null;
  const end = () => {
    if (current && current.text.trim()) lines.push(current);
    current = null;
  };
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    if (current && item.str && Math.abs(current.y - y) > SAME_BASELINE) end();
    if (item.str) {
      current ??= { text: '', y };
      current.text += item.str;
    }
    if (item.hasEOL) end();
  }
  end();
  return lines;
}

function usualGap(pages: PdfLine[][]): number {
  const gaps = pages
    .flatMap((lines) => lines.slice(1).map((line, index) => Math.abs(lines[index]!.y - line.y)))
    .filter((gap) => gap > 0)
    .sort((a, b) => a - b);
  // The lower quartile: line spacing inside paragraphs, even when breaks are frequent.
  return gaps[Math.floor(gaps.length / 4)] ?? 0;
}

export function pagesToText(pages: PdfLine[][]): string {
  const usual = usualGap(pages);
  return pages
    .map((lines) =>
      lines
        .map((line, index) => {
          const gap = index === 0 ? 0 : Math.abs(lines[index - 1]!.y - line.y);
          return (usual && gap > usual * PARAGRAPH_GAP ? '\n' : '') + line.text;
        })
        .join('\n'),
    )
    .join('\n\f\n');
}
