// Line-level repairs of text copied out of PDFs: stray leading/trailing spaces and stray `|`.

/**
 * A `|` glued to a word on one side and spaced on the other ("EU |launched"), or dangling at
 * either end of a line, is debris; bars between spaced cells ("Region | 2023") are kept.
 */
export function removeStrayBars(line: string): string {
  let trimmed = line.replace(/^\|\s*/, '');
  // Not /\s*\|$/: that rescans a long run of spaces from each of them.
  if (trimmed.endsWith('|')) trimmed = trimmed.slice(0, -1).trimEnd();
  return trimmed.replace(/(^|\s)\|(?=[\p{L}\p{N}])/gu, '$1').replace(/(?<=[^\s|])\|(?=\s|$)/gu, '');
}

export function cleanLine(line: string): string {
  return removeStrayBars(line.replace(/[\t\u00a0]+/g, ' ').trim()).replace(/ {2,}/g, ' ');
}

const URL_LINE = /^<?(https?:\/\/[^\s<>]+)>?$/i;

/** The URL when the whole line is one bare http(s) URL, else null. */
export function bareUrl(line: string): string | null {
  return URL_LINE.exec(line)?.[1] ?? null;
}

/** Page numbers and "Page 3 of 12" lines that a PDF copy leaves between paragraphs. */
export function isPageMarker(line: string): boolean {
  return /^(?:page\s+)?\d{1,4}(?:\s+(?:of|\/)\s+\d{1,4})?$/i.test(line);
}
