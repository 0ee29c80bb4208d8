// Text folded for finding a quote a person typed or pasted: one space for any run of white
// space, straight quotes for curly ones, a hyphen for dashes, lower case, invisible characters
// dropped. Each folded character remembers where it came from, to give offsets in the original.

const FOLDED: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u00B4': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
};
/** Soft hyphen, zero-width space/joiners, word joiner, byte-order mark. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const SPACE = /\s/;

export type FoldedText = {
  text: string;
  /** original offset of each folded character's first code unit */
  starts: Int32Array;
  /** original offset just after each folded character */
  ends: Int32Array;
};

export function foldText(original: string): FoldedText {
  const out: string[] = [];
  const starts = new Int32Array(original.length);
  const ends = new Int32Array(original.length);
  let length = 0;
  for (let at = 0; at < original.length; at++) {
    const char = original[at]!;
    const code = original.charCodeAt(at);
    if (code >= 0x80 && INVISIBLE.test(char)) continue;
    if (code === 32 || (code >= 9 && code <= 13) || (code >= 0x80 && SPACE.test(char))) {
      if (length > 0 && out[length - 1] === ' ') ends[length - 1] = at + 1;
      else {
        out.push(' ');
        starts[length] = at;
        ends[length++] = at + 1;
      }
      continue;
    }
    let folded: string;
    if (code >= 65 && code <= 90) folded = String.fromCharCode(code + 32);
    else if (code < 0x80)
      folded = code === 0x60 ? "'" : char; // a backtick used as an apostrophe
    else {
      const lower = char.toLowerCase();
      folded = FOLDED[char] ?? (lower.length === 1 ? lower : char);
    }
    out.push(folded);
    starts[length] = at;
    ends[length++] = at + 1;
  }
  return { text: out.join(''), starts: starts.subarray(0, length), ends: ends.subarray(0, length) };
}

/** The original range of folded characters [start, end). */
export function originalRange(folded: FoldedText, start: number, end: number) {
  return { start: folded.starts[start]!, end: folded.ends[end - 1]! };
}
