// How deep elements (HTML) or quotes and lists (Markdown) sit inside one another, measured on
// the text before any parser sees it: parsers recurse once per level, and a file nested 20,000
// levels deep overflowed the stack after minutes of work.

const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Elements a parser closes when a sibling starts: unclosed, they are not nested. */
const CLOSED_BY_SIBLINGS = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'option',
  'optgroup',
  'rp',
  'rt',
  'caption',
  'colgroup',
]);
// A tag: its name, then attributes after a space or slash (disjoint from the name's characters,
// so nothing is scanned twice).
const TAG = /<(\/?)([a-z][\w:-]*)(?:[\s/][^<>]*)?>/gi;

/** The deepest nesting of elements in `html`, counted from its tags (an upper bound). */
export function htmlNestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const match of html.matchAll(TAG)) {
    const name = match[2]!.toLowerCase();
    if (VOID_ELEMENTS.has(name) || CLOSED_BY_SIBLINGS.has(name) || match[0].endsWith('/>')) continue;
    if (match[1]) depth = Math.max(0, depth - 1);
    else deepest = Math.max(deepest, ++depth);
  }
  return deepest;
}

const ORDERED_MARKER = /^\d{1,9}[.)][ \t]/;

/** The most quote markers (`>`) and list markers (`-`, `*`, `+`, `1.`) opening one line of `markdown`. */
export function markdownNestingDepth(markdown: string): number {
  let deepest = 0;
  for (const line of markdown.split('\n')) {
    let depth = 0;
    let at = 0;
    while (at < line.length) {
      const char = line[at];
      const next = line[at + 1];
      if (char === ' ' || char === '\t') at++;
      else if (char === '>') {
        depth++;
        at++;
      } else if ((char === '-' || char === '*' || char === '+') && (next === ' ' || next === '\t')) {
        depth++;
        at += 2;
      } else {
        const ordered = ORDERED_MARKER.exec(line.slice(at, at + 12));
        if (!ordered) break;
        depth++;
        at += ordered[0].length;
      }
    }
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}
