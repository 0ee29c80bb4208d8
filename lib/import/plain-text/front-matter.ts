// A byline and a dateline at the top of a pasted article ("By Jane Doe", "March 3, 2024",
// "By Jane Doe | Updated 3 March 2024") belong to the document's details, not its first paragraph.

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.map((month) => `${month.slice(0, 3)}(?:${month.slice(3)})?`).join('|')})\\.?`;
const WEEKDAY = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?';
const LEAD = '(?:(?:published|updated|posted|first published)(?:\\s+on)?:?\\s+)?';
const TIME = '(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)?';
const DATE_FORMS = [
  { pattern: new RegExp(`^${LEAD}${WEEKDAY}${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})${TIME}$`, 'i'), order: ['month', 'day', 'year'] },
  { pattern: new RegExp(`^${LEAD}${WEEKDAY}(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})${TIME}$`, 'i'), order: ['day', 'month', 'year'] },
  { pattern: new RegExp(`^${LEAD}(\\d{4})-(\\d{2})-(\\d{2})${TIME}$`, 'i'), order: ['year', 'month', 'day'] },
] as const;

const MAX_BYLINE_WORDS = 14;

/** The date a line consists of, or null. */
export function parseDateline(line: string): Date | null {
  const text = line.trim();
  for (const { pattern, order } of DATE_FORMS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const parts = Object.fromEntries(order.map((name, index) => [name, match[index + 1]!]));
    const month = /^\d+$/.test(parts.month!)
      ? Number(parts.month) - 1
      : MONTHS.findIndex((name) => name.startsWith(parts.month!.toLowerCase().slice(0, 3)));
    const date = new Date(Date.UTC(Number(parts.year), month, Number(parts.day)));
    if (date.getUTCMonth() === month && date.getUTCDate() === Number(parts.day)) return date;
  }
  return null;
}

/** The author(s) a "By …" line names, or null. */
export function parseByline(line: string): string | null {
  const match = /^by\s+(\p{Lu}.*)$/iu.exec(line.trim());
  if (!match) return null;
  const names = match[1]!.trim();
  if (names.split(/\s+/).length > MAX_BYLINE_WORDS || /[.!?]$/.test(names.replace(/\b\p{Lu}\.$/u, ''))) return null;
  return names;
}

export type FrontMatter = { byline: string | null; publishedAt: Date | null };

/**
 * Reads a byline and a date from the first paragraphs (each one a line of its own, or both on one
 * line split by `|`, `·`, `—` or a comma before the date); returns how many paragraphs they took.
 */
export function readFrontMatter(paragraphs: string[]): FrontMatter & { taken: number } {
  const found: FrontMatter = { byline: null, publishedAt: null };
  let taken = 0;
  for (const paragraph of paragraphs.slice(0, 3)) {
    // Cleaned text has single spaces.
    const pieces = paragraph.split(/ [|·•—–] /);
    let understood = true;
    for (const piece of pieces) {
      const date = found.publishedAt ? null : parseDateline(piece);
      if (date) {
        found.publishedAt = date;
        continue;
      }
      const byline = found.byline ? null : parseByline(piece);
      const comma = piece.indexOf(', ');
      const trailingDate = comma > 0 ? parseDateline(piece.slice(comma + 2)) : null;
      if (byline && trailingDate && parseByline(piece.slice(0, comma))) {
        found.byline = parseByline(piece.slice(0, comma));
        found.publishedAt ??= trailingDate;
      } else if (byline) found.byline = byline;
      else understood = false;
    }
    if (!understood) break;
    taken++;
  }
  return { ...found, taken };
}
