// How alike two short strings are: 1 − edit distance / length of the longer one.

/** Levenshtein distance, with an early exit once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

export function similarity(a: string, b: string): number {
  const length = Math.max(a.length, b.length);
  return length === 0 ? 1 : 1 - editDistance(a, b) / length;
}

/**
 * Similarity of the text before `at` to a stored prefix (aligned on their ends), or of the
 * text after `at` to a stored suffix (aligned on their starts). Empty context says nothing: 0.5.
 */
export function prefixSimilarity(text: string, at: number, prefix: string): number {
  if (!prefix) return at === 0 ? 1 : 0.5;
  return similarity(text.slice(Math.max(0, at - prefix.length), at), prefix);
}

export function suffixSimilarity(text: string, at: number, suffix: string): number {
  if (!suffix) return at === text.length ? 1 : 0.5;
  return similarity(text.slice(at, at + suffix.length), suffix);
}
