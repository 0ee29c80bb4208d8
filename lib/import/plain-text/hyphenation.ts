// A hyphen at the end of a line: a word split by the layout ("manage-" + "ment") or a compound
// that keeps its hyphen ("sanctions-" + "based")? The text itself is asked first.

/** Compounds whose first part keeps its hyphen. */
const COMPOUND_FIRST = new Set(
  'self well ex all cross half long short high low full part far near mid post pre non anti pro co multi inter trans'.split(' '),
);
/** …or whose second part does. */
const COMPOUND_SECOND = new Set(
  'based led term run wide scale level free like related driven owned funded backed made style making old year month day specific oriented friendly focused linked'.split(
    ' ',
  ),
);

const WORD = /[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*/gu;

const isWordChar = (char: string) => /[\p{L}\p{N}]/u.test(char);

/** The letters and digits at the end of `text` (a walk back, not a regular expression that rescans a long line). */
function trailingWord(text: string): string {
  let start = text.length;
  while (start > 0 && isWordChar(text[start - 1]!)) start--;
  return text.slice(start);
}

function leadingWord(text: string): string {
  let end = 0;
  while (end < text.length && isWordChar(text[end]!)) end++;
  return text.slice(0, end);
}

/** Decides, from the words of the whole text, whether a line-end hyphen stays. */
export function hyphenJudge(text: string): (left: string, right: string) => boolean {
  const words = new Set<string>();
  const hyphenated = new Set<string>();
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0].replace(/‐/g, '-');
    if (word.includes('-')) hyphenated.add(word);
    else words.add(word);
  }
  return (left, right) => {
    const head = trailingWord(left).toLowerCase();
    const tail = leadingWord(right);
    if (!head || !tail) return true;
    if (/^[\p{Lu}\p{N}]/u.test(tail) || /\p{N}$/u.test(head)) return true; // "anti-" + "American", "2020-" + "21"
    const lower = tail.toLowerCase();
    if (hyphenated.has(`${head}-${lower}`)) return true;
    if (words.has(head + lower)) return false;
    return COMPOUND_FIRST.has(head) || COMPOUND_SECOND.has(lower);
  };
}
