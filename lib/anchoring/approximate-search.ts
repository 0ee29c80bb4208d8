// Approximate matches of a pattern in a text, with a bound on how many are worked out.
//
// Myers' bit-parallel algorithm ("A Fast Bit-Vector Algorithm for Approximate String Matching
// Based on Dynamic Programming", 1999), block-based for patterns longer than 32 characters, as
// the approx-string-match package (2.0.0, MIT, © 2020 Robert Knight) implements it. That
// package's `search` finds where each match ends cheaply, then where it starts with a reverse
// search per match; in a repetitive text ("aaaa…") every position matches and those reverse
// searches took minutes. Here the ends are counted first: past `maxMatches` the search gives up
// (null) before any start is looked for; so many equally good places cannot be told apart anyway.

export type ApproximateMatch = { start: number; end: number; errors: number };

const WORD = 32;

const oneIfNotZero = (n: number) => ((n | -n) >> 31) & 1;

type Blocks = { P: Uint32Array; M: Uint32Array; lastRowMask: Uint32Array };

/** One block of the column: Fig. 8 of Myers' paper, branch-free. Returns the horizontal delta out. */
function advanceBlock(blocks: Blocks, peq: Uint32Array, b: number, hIn: number): number {
  let pV = blocks.P[b]!;
  let mV = blocks.M[b]!;
  const hInIsNegative = hIn >>> 31;
  const eq = peq[b]! | hInIsNegative;
  const xV = eq | mV;
  const xH = (((eq & pV) + pV) ^ pV) | eq;
  let pH = mV | ~(xH | pV);
  let mH = pV & xH;
  const hOut = oneIfNotZero(pH & blocks.lastRowMask[b]!) - oneIfNotZero(mH & blocks.lastRowMask[b]!);
  pH <<= 1;
  mH <<= 1;
  mH |= hInIsNegative;
  pH |= oneIfNotZero(hIn) - hInIsNegative;
  pV = mH | ~(xV | pH);
  mV = pH & xV;
  blocks.P[b] = pV;
  blocks.M[b] = mV;
  return hOut;
}

/**
 * Where matches with the fewest errors (at most `maxErrors`) end, and their error count: Fig. 9
 * of Myers' paper. Null as soon as more than `maxMatches` of them are found.
 */
function findMatchEnds(text: string, pattern: string, maxErrors: number, maxMatches: number): { end: number; errors: number }[] | null {
  if (pattern.length === 0) return [];
  maxErrors = Math.min(maxErrors, pattern.length);
  const matches: { end: number; errors: number }[] = [];
  const bMax = Math.ceil(pattern.length / WORD) - 1;
  const blocks: Blocks = { P: new Uint32Array(bMax + 1), M: new Uint32Array(bMax + 1), lastRowMask: new Uint32Array(bMax + 1) };
  blocks.lastRowMask.fill(1 << 31);
  blocks.lastRowMask[bMax] = 1 << ((pattern.length - 1) % WORD);
  const emptyPeq = new Uint32Array(bMax + 1);
  const peq = new Map<number, Uint32Array>();
  const asciiPeq: Uint32Array[] = Array.from({ length: 256 }, () => emptyPeq);
  for (let c = 0; c < pattern.length; c++) {
    const value = pattern.charCodeAt(c);
    if (peq.has(value)) continue;
    const charPeq = new Uint32Array(bMax + 1);
    peq.set(value, charPeq);
    if (value < asciiPeq.length) asciiPeq[value] = charPeq;
    for (let b = 0; b <= bMax; b++) {
      for (let r = 0; r < WORD; r++) {
        const index = b * WORD + r;
        if (index < pattern.length && pattern.charCodeAt(index) === value) charPeq[b]! |= 1 << r;
      }
    }
  }
  let y = Math.max(0, Math.ceil(maxErrors / WORD) - 1);
  const score = new Uint32Array(bMax + 1);
  for (let b = 0; b <= y; b++) score[b] = (b + 1) * WORD;
  score[bMax] = pattern.length;
  for (let b = 0; b <= y; b++) {
    blocks.P[b] = ~0;
    blocks.M[b] = 0;
  }
  for (let j = 0; j < text.length; j++) {
    const charCode = text.charCodeAt(j);
    const charPeq = (charCode < asciiPeq.length ? asciiPeq[charCode] : peq.get(charCode)) ?? emptyPeq;
    let carry = 0;
    for (let b = 0; b <= y; b++) {
      carry = advanceBlock(blocks, charPeq, b, carry);
      score[b]! += carry;
    }
    if (score[y]! - carry <= maxErrors && y < bMax && (charPeq[y + 1]! & 1 || carry < 0)) {
      y++;
      blocks.P[y] = ~0;
      blocks.M[y] = 0;
      const remainder = pattern.length % WORD;
      const maxBlockScore = y === bMax ? (remainder === 0 ? WORD : remainder) : WORD;
      score[y] = score[y - 1]! + maxBlockScore - carry + advanceBlock(blocks, charPeq, y, carry);
    } else {
      while (y > 0 && score[y]! >= maxErrors + WORD) y--;
    }
    if (y === bMax && score[y]! <= maxErrors) {
      if (score[y]! < maxErrors) matches.length = 0; // a better match: forget the worse ones
      matches.push({ end: j + 1, errors: score[y]! });
      if (matches.length > maxMatches) return null;
      maxErrors = score[y]!;
    }
  }
  return matches;
}

const reverse = (value: string) => value.split('').reverse().join('');

/**
 * The approximate matches of `pattern` in `text` with the fewest errors (at most `maxErrors`),
 * or null when there are more than `maxMatches` of them. Each match is as long as it can be.
 */
export function approximateSearch(text: string, pattern: string, maxErrors: number, maxMatches: number): ApproximateMatch[] | null {
  const ends = findMatchEnds(text, pattern, maxErrors, maxMatches);
  if (!ends) return null;
  const reversedPattern = reverse(pattern);
  return ends.map(({ end, errors }) => {
    // The start: the same search, backwards from the end over the pattern reversed.
    const minStart = Math.max(0, end - pattern.length - errors);
    const backwards = findMatchEnds(reverse(text.slice(minStart, end)), reversedPattern, errors, Infinity) ?? [];
    const start = backwards.reduce((earliest, match) => Math.min(earliest, end - match.end), end);
    return { start, end, errors };
  });
}
