// The W3C Web Annotation model counts TextPositionSelector offsets in code points ("characters");
// Margin, like JavaScript, stores UTF-16 units. An emoji or any character beyond the Basic
// Multilingual Plane is one code point and two units, so the two counts part after the first one.

/** Converts offsets of one text between UTF-16 units and code points (binary search over its astral characters). */
export function codePointIndex(text: string) {
  // UTF-16 offsets of each astral character (a high surrogate followed by a low one).
  const astral: number[] = [];
  for (let at = 0; at < text.length - 1; at++) {
    const code = text.charCodeAt(at);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(at + 1);
      if (next >= 0xdc00 && next <= 0xdfff) astral.push(at++);
    }
  }
  // The same characters' offsets in code points.
  const astralInCodePoints = astral.map((unit, index) => unit - index);
  const length = text.length - astral.length;

  /** How many of `sorted` are below `value`. */
  const countBelow = (sorted: number[], value: number) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle]! < value) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  return {
    /** The text's length in code points. */
    length,
    /** A UTF-16 offset in code points (an offset inside a pair counts the pair as passed). */
    toCodePoints: (units: number) => units - countBelow(astral, units - 1),
    /** A code point offset in UTF-16 units, or null beyond the text. */
    toUnits: (codePoints: number) =>
      codePoints < 0 || codePoints > length ? null : codePoints + countBelow(astralInCodePoints, codePoints),
  };
}
