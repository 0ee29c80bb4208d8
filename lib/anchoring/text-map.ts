// Where each character of an old text went in a new one, read from a document-level diff: the
// paragraphs (separated by blank lines) are matched first — unchanged, moved whole, or changed in place — and the
// words of each changed pair are then compared; a paragraph with no partner is compared word by
// word over the stretch between its paired neighbours (stretch-map.ts). A character that was
// deleted, or whose paragraph could be compared neither way, has no place; the caller falls back
// to searching for the words.
import { diffArrays } from 'diff';
import { mapStretches, stretchToText, type Line } from './stretch-map';
import { WorkBudget, wordSegments, type Segment } from './word-segments';

/**
 * How an old paragraph's characters reach the new text: a word diff (`segments`) from the
 * paragraph (`oldSource`), or from the stretch it sits in, to `newSource`; `oldOffset` turns an offset in the
 * paragraph into one on the diff's old side, `toText` one on its new side into the new text's.
 */
type Pairing = {
  segments: Segment[];
  oldSource: string;
  newSource: string;
  oldOffset: (at: number) => number;
  toText: (at: number) => number;
};

/** Comparisons of unmatched paragraphs beyond which only neighbours are compared. */
const MAX_PAIR_COMPARISONS = 250_000;
/** Likeness (shared words) a changed paragraph needs to its partner: in the same place in order, next to it, or moved. */
const MIN_LIKENESS_IN_ORDER = 0.3;
const MIN_LIKENESS_IN_PLACE = 0.5;
const MIN_LIKENESS_MOVED = 0.7;
/** The best partner must lead the next by this much, or near-duplicates make it a guess. */
const MIN_PARTNER_MARGIN = 0.1;
/**
 * Work (paragraphs × edits) beyond which the paragraph-level diff gives up (diffLines): Myers' diff
 * costs paragraphs × edits, so a long report revised everywhere is still compared in full while
 * thousands of identical paragraphs swapped are not (about 0.3 s either way on a 2-core machine).
 */
const MAX_LINE_DIFF_WORK = 20_000_000;
/** …but at least this many paragraph edits are always allowed. */
const MIN_LINE_EDITS = 1_000;
const PARAGRAPH_BREAK = '\n\n';
/** Word edits inside one paragraph beyond which its words are compared only within MAX_WIDE_DIFF_WORK. */
const MAX_WORD_EDITS = 400;
/** Work (characters × edits) of the wider diffs of one text together: stretches, and paragraphs past MAX_WORD_EDITS. */
export const MAX_WIDE_DIFF_WORK = 40_000_000;

/**
 * The text's paragraphs: Margin joins blocks with a blank line. A paragraph may hold single line
 * breaks (a sentence copied from the end of one brings its break along) and stays one unit to pair.
 */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const line of text.split(PARAGRAPH_BREAK)) {
    lines.push({ start, text: line });
    start += line.length + PARAGRAPH_BREAK.length;
  }
  return lines;
}

/** Figures tell near-duplicate paragraphs apart ("In 2004 … 1,035 contracts"): they count three times. */
const wordsOf = (text: string) =>
  (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).flatMap((word) => (/\d/.test(word) ? [word, word, word] : [word]));

/** Dice coefficient over the two paragraphs' word multisets. */
function likeness(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of b) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(word, left - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/** Position in `sorted` (ascending, not empty) of the value nearest `target`; the lower one on a tie. */
function nearestIndex(sorted: number[], target: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < target) low = middle + 1;
    else high = middle;
  }
  if (low === sorted.length) return low - 1;
  if (low > 0 && Math.abs(sorted[low - 1]! - target) <= Math.abs(sorted[low]! - target)) return low - 1;
  return low;
}

/** An unmatched paragraph and its hunk (the run of changes between two unchanged stretches it sits in). */
type OpenLine = { index: number; hunk: number };

/**
 * The paragraph-level diff: unchanged paragraphs go into `pairs`, the others come back as removed
 * and added. Myers' diff costs paragraphs × edits, so past MAX_LINE_DIFF_WORK (a rewritten text, or
 * thousands of identical paragraphs moved) every paragraph is taken as removed and added, each in
 * a hunk of its own rank, and paired by pairLines on its text and its likeness alone.
 */
function diffLines(oldLines: Line[], newLines: Line[], oldKept: number[], newKept: number[], pairs: Map<number, number>) {
  const removed: OpenLine[] = [];
  const added: OpenLine[] = [];
  const changes = diffArrays(
    oldKept.map((index) => oldLines[index]!.text),
    newKept.map((index) => newLines[index]!.text),
    { maxEditLength: Math.max(MIN_LINE_EDITS, Math.floor(MAX_LINE_DIFF_WORK / Math.max(1, oldKept.length + newKept.length))) },
  );
  if (!changes) {
    oldKept.forEach((index, rank) => removed.push({ index, hunk: rank }));
    newKept.forEach((index, rank) => added.push({ index, hunk: rank }));
    return { removed, added };
  }
  let oldAt = 0;
  let newAt = 0;
  let hunk = 0;
  for (const change of changes) {
    const count = change.value.length;
    if (change.added) {
      for (let i = 0; i < count; i++) added.push({ index: newKept[newAt + i]!, hunk });
      newAt += count;
    } else if (change.removed) {
      for (let i = 0; i < count; i++) removed.push({ index: oldKept[oldAt + i]!, hunk });
      oldAt += count;
    } else {
      for (let i = 0; i < count; i++) pairs.set(oldKept[oldAt + i]!, newKept[newAt + i]!);
      oldAt += count;
      newAt += count;
      hunk++;
    }
  }
  return { removed, added };
}

/** A word in more open paragraphs than this is too common to find a partner by. */
const MAX_RARE_WORD_PARAGRAPHS = 4;
/** Candidates compared per paragraph (hostile text: every paragraph sharing every word). */
const MAX_RARE_CANDIDATES = 32;
/** Likeness a paragraph needs to its unmistakable partner. */
const MIN_LIKENESS_DISTINCTIVE = 0.5;

/**
 * Pairs removed and added paragraphs that are each other's most alike, by at least
 * MIN_PARTNER_MARGIN over either's next candidate. Candidates are the paragraphs sharing a rare
 * word (in at most MAX_RARE_WORD_PARAGRAPHS open paragraphs of each side), so the work stays
 * linear in the text however many paragraphs are open.
 */
function pairDistinctive(
  openRemoved: OpenLine[],
  openAdded: OpenLine[],
  removedWords: Map<number, string[]>,
  addedWords: Map<number, string[]>,
  pairs: Map<number, number>,
  taken: Set<number>,
) {
  const indexWords = (lines: OpenLine[], words: Map<number, string[]>) => {
    const holders = new Map<string, number[]>();
    for (const { index } of lines)
      for (const word of new Set(words.get(index)!)) {
        const list = holders.get(word);
        if (!list) holders.set(word, [index]);
        else if (list.length <= MAX_RARE_WORD_PARAGRAPHS) list.push(index);
      }
    return holders;
  };
  const removedHolders = indexWords(openRemoved, removedWords);
  const addedHolders = indexWords(openAdded, addedWords);
  /** The most alike candidates of a paragraph on the other side, best first (at most two). */
  const bestOf = (
    words: string[],
    holders: Map<string, number[]>,
    otherHolders: Map<string, number[]>,
    otherWords: Map<number, string[]>,
  ) => {
    const candidates = new Set<number>();
    for (const word of new Set(words)) {
      const list = holders.get(word);
      const own = otherHolders.get(word);
      if (!list || list.length > MAX_RARE_WORD_PARAGRAPHS || !own || own.length > MAX_RARE_WORD_PARAGRAPHS) continue;
      for (const index of list) if (candidates.size < MAX_RARE_CANDIDATES) candidates.add(index);
    }
    return [...candidates]
      .map((index) => ({ index, likeness: likeness(words, otherWords.get(index)!) }))
      .sort((a, b) => b.likeness - a.likeness || a.index - b.index)
      .slice(0, 2);
  };
  const isClear = (ranked: { index: number; likeness: number }[]) =>
    ranked[0] !== undefined &&
    ranked[0].likeness >= MIN_LIKENESS_DISTINCTIVE &&
    (ranked[1] === undefined || ranked[0].likeness - ranked[1].likeness >= MIN_PARTNER_MARGIN);
  for (const { index } of openRemoved) {
    const words = removedWords.get(index)!;
    const forward = bestOf(words, addedHolders, removedHolders, addedWords);
    if (!isClear(forward)) continue;
    const partner = forward[0]!.index;
    if (taken.has(partner)) continue;
    const backward = bestOf(addedWords.get(partner)!, removedHolders, addedHolders, removedWords);
    if (!isClear(backward) || backward[0]!.index !== index) continue;
    pairs.set(index, partner);
    taken.add(partner);
  }
}

/** Blank lines carry nothing and would pair paragraphs across a move: only lines with words take part. */
const keptLines = (lines: Line[]) => lines.flatMap((line, index) => (line.text.trim() ? [index] : []));

/** Old line index → new line index, for lines unchanged, moved whole, or changed but recognisable. */
function pairLines(oldLines: Line[], newLines: Line[], oldKept: number[], newKept: number[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const { removed, added } = diffLines(oldLines, newLines, oldKept, newKept, pairs);

  // Moved whole: the same text removed here and added there; among copies, the nearest in order.
  const addedByText = new Map<string, number[]>();
  for (const { index } of added) {
    const text = newLines[index]!.text;
    const copies = addedByText.get(text);
    if (copies) copies.push(index);
    else addedByText.set(text, [index]);
  }
  const taken = new Set<number>();
  const scale = newLines.length / Math.max(oldLines.length, 1);
  for (const { index } of removed) {
    // The free copies stay sorted; a taken one leaves the list, so thousands of identical
    // paragraphs cost a binary search each, not a scan of every copy.
    const copies = addedByText.get(oldLines[index]!.text);
    if (!copies?.length) continue;
    const at = nearestIndex(copies, index * scale);
    const nearest = copies[at]!;
    copies.splice(at, 1);
    pairs.set(index, nearest);
    taken.add(nearest);
  }

  const openRemoved = removed.filter(({ index }) => !pairs.has(index));
  const openAdded = added.filter(({ index }) => !taken.has(index));
  const addedWords = new Map(openAdded.map(({ index }) => [index, wordsOf(newLines[index]!.text)]));
  const removedWords = new Map(openRemoved.map(({ index }) => [index, wordsOf(oldLines[index]!.text)]));

  // Edited and perhaps moved, but unmistakable: each the other's most alike paragraph, clearly ahead
  // of the next, found through the rare words they share (figures, among near-duplicates). Before
  // pairing by order, which would pair a moved paragraph's look-alike in its place.
  pairDistinctive(openRemoved, openAdded, removedWords, addedWords, pairs, taken);

  // Changed in place: a hunk that lost as many paragraphs as it gained, each pair alike enough.
  const byHunk = (lines: OpenLine[]) => {
    const groups = new Map<number, OpenLine[]>();
    for (const line of lines) {
      const group = groups.get(line.hunk);
      if (group) group.push(line);
      else groups.set(line.hunk, [line]);
    }
    return groups;
  };
  const addedByHunk = byHunk(openAdded.filter(({ index }) => !taken.has(index)));
  for (const [hunkNumber, lines] of byHunk(openRemoved.filter(({ index }) => !pairs.has(index)))) {
    const partners = addedByHunk.get(hunkNumber) ?? [];
    if (partners.length !== lines.length) continue;
    lines.forEach((line, order) => {
      const partner = partners[order]!;
      if (likeness(removedWords.get(line.index)!, addedWords.get(partner.index)!) < MIN_LIKENESS_IN_ORDER) return;
      pairs.set(line.index, partner.index);
      taken.add(partner.index);
    });
  }

  // Between neighbours that were matched: a paragraph whose neighbour moved with it (a run of
  // paragraphs moved, some of them edited) sits next to that neighbour's partner.
  const oldRank = new Map(oldKept.map((index, rank) => [index, rank]));
  const newRank = new Map(newKept.map((index, rank) => [index, rank]));
  for (let pass = 0, changed = true; changed && pass < 4; pass++) {
    changed = false;
    for (const line of openRemoved) {
      if (pairs.has(line.index)) continue;
      const rank = oldRank.get(line.index)!;
      for (const step of [-1, 1]) {
        const neighbour = pairs.get(oldKept[rank + step]!);
        const candidate = neighbour === undefined ? undefined : newKept[newRank.get(neighbour)! - step];
        if (candidate === undefined || taken.has(candidate) || !addedWords.has(candidate)) continue;
        if (likeness(removedWords.get(line.index)!, addedWords.get(candidate)!) < MIN_LIKENESS_IN_PLACE) continue;
        pairs.set(line.index, candidate);
        taken.add(candidate);
        changed = true;
        break;
      }
    }
  }

  // Otherwise the most alike unmatched paragraph, clearly ahead of the next — in the same hunk
  // (edited in place) or, less readily, anywhere (moved and edited).
  const stillRemoved = openRemoved.filter(({ index }) => !pairs.has(index));
  const stillAdded = openAdded.filter(({ index }) => !taken.has(index));
  const compareAll = stillRemoved.length * stillAdded.length <= MAX_PAIR_COMPARISONS;
  for (const line of stillRemoved) {
    const words = removedWords.get(line.index)!;
    const scored = stillAdded
      .filter((candidate) => !taken.has(candidate.index) && (compareAll || candidate.hunk === line.hunk))
      .map((candidate) => ({
        candidate,
        likeness: likeness(words, addedWords.get(candidate.index)!),
        inPlace: candidate.hunk === line.hunk,
      }))
      .filter((scoredOne) => scoredOne.likeness >= (scoredOne.inPlace ? MIN_LIKENESS_IN_PLACE : MIN_LIKENESS_MOVED))
      .sort((a, b) => b.likeness - a.likeness);
    const [best, next] = scored;
    if (!best || (next && best.likeness - next.likeness < MIN_PARTNER_MARGIN)) continue;
    pairs.set(line.index, best.candidate.index);
    taken.add(best.candidate.index);
  }
  return pairs;
}

export type TextMap = {
  /** Where the character at `offset` of the old text is in the new one, or null when it is gone. */
  place(offset: number, lean: 'forward' | 'backward'): number | null;
  /** Is the character at `offset` of the old text in the new one unchanged (not deleted, not replaced)? */
  kept(offset: number): boolean;
};

const isWord = (segment: Segment | undefined, text: string) => segment !== undefined && !/\s/.test(text);

/** Reads where each character of `oldText` went in `newText`. */
export function mapText(oldText: string, newText: string): TextMap {
  const oldLines = splitLines(oldText);
  const newLines = splitLines(newText);
  const lineStarts = oldLines.map((line) => line.start);
  const pairings = new Map<number, Pairing | null>();
  const oldKept = keptLines(oldLines);
  const newKept = keptLines(newLines);
  const pairs = pairLines(oldLines, newLines, oldKept, newKept);
  const budget = new WorkBudget(MAX_WIDE_DIFF_WORK);
  const stretches = mapStretches(oldLines, newLines, oldKept, newKept, pairs, budget);

  const pairingOf = (index: number): Pairing | null => {
    if (!pairings.has(index)) pairings.set(index, readPairing(index));
    return pairings.get(index)!;
  };
  const readPairing = (index: number): Pairing | null => {
    const newLine = pairs.get(index);
    if (newLine !== undefined) {
      const { text, start } = newLines[newLine]!;
      // A paragraph that received many sentences gets more room, from the budget shared with the stretches.
      const segments = wordSegments(oldLines[index]!.text, text, MAX_WORD_EDITS) ?? budget.segments(oldLines[index]!.text, text);
      return segments && { segments, oldSource: oldLines[index]!.text, newSource: text, oldOffset: (at) => at, toText: (at) => start + at };
    }
    const stretch = stretches.get(index);
    if (!stretch) return null;
    const oldStart = stretch.oldStart.get(index)!;
    return {
      segments: stretch.segments,
      oldSource: stretch.oldText,
      newSource: stretch.newText,
      oldOffset: (at) => oldStart + at,
      toText: (at) => stretchToText(stretch.newPieces, at),
    };
  };

  const lineOf = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };

  /** The diff segment holding the character at `offset` of the old text, if its paragraph has a diff. */
  const segmentAt = (offset: number) => {
    if (offset < 0 || offset >= oldText.length) return null;
    const index = lineOf(offset);
    const line = oldLines[index]!;
    const pairing = pairingOf(index);
    if (!pairing || offset - line.start >= line.text.length) return null; // no partner, or the blank line between paragraphs
    const at = pairing.oldOffset(offset - line.start);
    const position = pairing.segments.findIndex((segment) => segment.kind !== 'added' && segment.oldStart <= at && at < segment.oldEnd);
    return { pairing, position, at };
  };

  return {
    kept(offset) {
      const found = segmentAt(offset);
      return found !== null && found.pairing.segments[found.position]!.kind === 'same';
    },
    place(offset, lean) {
      const found = segmentAt(offset);
      if (!found) return null;
      const { pairing, position, at } = found;
      const { segments, toText } = pairing;
      const segment = segments[position]!;
      if (segment.kind === 'same') return toText(segment.newStart + (at - segment.oldStart));
      // A word replaced by one word belongs where its replacement is (a span's edge word swapped
      // stays in the span); a deletion leaves the span to its surviving neighbours.
      const next = segments[position + 1];
      const removedText = pairing.oldSource.slice(segment.oldStart, segment.oldEnd);
      if (next?.kind === 'added' && isWord(next, removedText)) {
        const addedText = pairing.newSource.slice(next.newStart, next.newEnd);
        if (!/\s/.test(addedText)) return toText(lean === 'forward' ? next.newStart : next.newEnd - 1);
      }
      const step = lean === 'forward' ? 1 : -1;
      for (let i = position + step; i >= 0 && i < segments.length; i += step) {
        const neighbour = segments[i]!;
        if (neighbour.kind !== 'same' || neighbour.oldEnd === neighbour.oldStart) continue;
        return toText(lean === 'forward' ? neighbour.newStart : neighbour.newEnd - 1);
      }
      return null;
    },
  };
}
