// "Russia and North Korea: A Deepening Military Partnership" is a heading; "priorities." is not.

// Words that stay lowercase in title case.
const MINOR_WORDS = new Set(
  'a an and as at but by for from in into nor of on or per the to vs via with within without de la le von van der del y et'.split(' '),
);

const MAX_HEADING_LENGTH = 120;
const MAX_HEADING_WORDS = 16;

/** A short line in title case without final punctuation. */
export function looksLikeHeading(line: string): boolean {
  const text = line.trim();
  if (!text || text.length > MAX_HEADING_LENGTH || /[.,;!?]$/.test(text)) return false;
  const words = text
    .split(/\s+/)
    .map((word) => word.replace(/^[“"‘'([«]+|(?<![”"’')\]»:,])[”"’')\]»:,]+$/gu, ''))
    .filter((word) => /\p{L}/u.test(word));
  if (words.length === 0 || words.length > MAX_HEADING_WORDS) return false;
  const [first, ...rest] = words;
  if (!/^\p{Lu}/u.test(first!)) return false;
  const significant = rest.filter((word) => !MINOR_WORDS.has(word.toLowerCase()));
  const capitalised = significant.filter((word) => /^[\p{Lu}\p{N}]/u.test(word));
  return capitalised.length === significant.length;
}
