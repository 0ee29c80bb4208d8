// Paragraphs the paragraph pairing left without a partner (edited and merged into a neighbour,
// split, or edited past recognition while sentences moved in) are compared word by word over
// the stretch they sit in: the unpaired run of old paragraphs with its paired neighbours, against
// the unpaired new paragraphs beside those neighbours' partners (themselves included; see
// windowOf). Their words are then carried through that diff rather than searched for, and the
// carried place is checked like any other (anchor-all.ts).
import type { Segment, WorkBudget } from './word-segments';

export type Line = { start: number; text: string };

/** One paragraph's place in a stretch: where its text starts in the stretch and in the document. */
type Piece = { textStart: number; stretchStart: number; length: number };

export type Stretch = {
  segments: Segment[];
  /** The old stretch's text: the old paragraphs joined by blank lines. */
  oldText: string;
  /** The new stretch's text: the new paragraphs joined by blank lines. */
  newText: string;
  /** Where an old paragraph's text starts in the old stretch. */
  oldStart: Map<number, number>;
  newPieces: Piece[];
};

const PARAGRAPH_BREAK = '\n\n';
/** Characters on either side beyond which a stretch is not compared (a rewritten text). */
const MAX_STRETCH_CHARS = 30_000;

function joinPieces(lines: Line[], indices: number[]) {
  const pieces: Piece[] = [];
  let at = 0;
  for (const index of indices) {
    const line = lines[index]!;
    pieces.push({ textStart: line.start, stretchStart: at, length: line.text.length });
    at += line.text.length + PARAGRAPH_BREAK.length;
  }
  return { text: indices.map((index) => lines[index]!.text).join(PARAGRAPH_BREAK), pieces };
}

/** The document offset of an offset in a stretch (a break between pieces counts from the piece before). */
export function stretchToText(pieces: Piece[], offset: number): number {
  let low = 0;
  let high = pieces.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (pieces[middle]!.stretchStart <= offset) low = middle;
    else high = middle - 1;
  }
  const piece = pieces[low]!;
  return piece.textStart + Math.min(offset - piece.stretchStart, piece.length);
}

/**
 * The old and new paragraphs (indices) a run of unpaired old paragraphs is compared over. The
 * new side is what follows the partner of the paragraph before the run, up to the next
 * paragraph some other old one took (one moved in from elsewhere) — reaching the partner of the
 * paragraph after the run if that comes next; or, when nothing unpaired follows the first
 * partner, what precedes the second one. Null when neither side has a partner.
 */
function windowOf(
  run: number[],
  before: number | undefined,
  after: number | undefined,
  newKept: number[],
  pairs: Map<number, number>,
  taken: Set<number>,
  newRank: Map<number, number>,
) {
  const partnerBefore = before === undefined ? undefined : pairs.get(before)!;
  const partnerAfter = after === undefined ? undefined : pairs.get(after)!;
  const free = (from: number, step: 1 | -1) => {
    const found: number[] = [];
    for (let rank = from + step; rank >= 0 && rank < newKept.length && !taken.has(newKept[rank]!); rank += step) found.push(newKept[rank]!);
    return found;
  };
  if (partnerBefore !== undefined) {
    const rank = newRank.get(partnerBefore)!;
    const following = free(rank, 1);
    const reachesAfter = partnerAfter !== undefined && newKept[rank + following.length + 1] === partnerAfter;
    if (following.length > 0 || reachesAfter || partnerAfter === undefined)
      return reachesAfter
        ? { oldIndices: [before!, ...run, after!], newIndices: [partnerBefore, ...following, partnerAfter] }
        : { oldIndices: [before!, ...run], newIndices: [partnerBefore, ...following] };
  }
  if (partnerAfter !== undefined) {
    const preceding = free(newRank.get(partnerAfter)!, -1).reverse();
    return { oldIndices: [...run, after!], newIndices: [...preceding, partnerAfter] };
  }
  return null;
}

/**
 * For each old paragraph with words but no partner: its stretch's word diff, when the stretch
 * stays within MAX_STRETCH_CHARS and the diff within `budget`.
 */
export function mapStretches(
  oldLines: Line[],
  newLines: Line[],
  oldKept: number[],
  newKept: number[],
  pairs: Map<number, number>,
  budget: WorkBudget,
): Map<number, Stretch> {
  const stretches = new Map<number, Stretch>();
  const taken = new Set(pairs.values());
  const newRank = new Map(newKept.map((index, rank) => [index, rank]));
  for (let rank = 0; rank < oldKept.length; rank++) {
    if (pairs.has(oldKept[rank]!)) continue;
    let last = rank;
    while (last + 1 < oldKept.length && !pairs.has(oldKept[last + 1]!)) last++;
    const run = oldKept.slice(rank, last + 1);
    const before = rank > 0 ? oldKept[rank - 1]! : undefined;
    const after = last + 1 < oldKept.length ? oldKept[last + 1]! : undefined;
    rank = last;
    const window = windowOf(run, before, after, newKept, pairs, taken, newRank);
    if (!window) continue;
    const oldStretch = joinPieces(oldLines, window.oldIndices);
    const newStretch = joinPieces(newLines, window.newIndices);
    if (oldStretch.text.length > MAX_STRETCH_CHARS || newStretch.text.length > MAX_STRETCH_CHARS) continue;
    const segments = budget.segments(oldStretch.text, newStretch.text);
    if (!segments) continue;
    const oldStart = new Map(window.oldIndices.map((index, order) => [index, oldStretch.pieces[order]!.stretchStart]));
    const stretch = { segments, oldText: oldStretch.text, newText: newStretch.text, oldStart, newPieces: newStretch.pieces };
    for (const index of run) stretches.set(index, stretch);
  }
  return stretches;
}
