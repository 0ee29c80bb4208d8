// A word-level diff of two strings as runs of characters kept, removed and added, with their
// offsets on both sides: what `mapText` reads a character's new place from.
import { diffWordsWithSpace } from 'diff';

export type Segment = { kind: 'same' | 'removed' | 'added'; oldStart: number; oldEnd: number; newStart: number; newEnd: number };

/** The segments turning `before` into `after`, or null past `maxEdits` word edits. */
export function wordSegments(before: string, after: string, maxEdits: number): Segment[] | null {
  if (before === after) return [{ kind: 'same', oldStart: 0, oldEnd: before.length, newStart: 0, newEnd: after.length }];
  const parts = diffWordsWithSpace(before, after, { maxEditLength: maxEdits, timeout: 500 });
  if (!parts) return null;
  const segments: Segment[] = [];
  let oldAt = 0;
  let newAt = 0;
  for (const part of parts) {
    const length = part.value.length;
    if (part.added) {
      segments.push({ kind: 'added', oldStart: oldAt, oldEnd: oldAt, newStart: newAt, newEnd: newAt + length });
      newAt += length;
    } else if (part.removed) {
      segments.push({ kind: 'removed', oldStart: oldAt, oldEnd: oldAt + length, newStart: newAt, newEnd: newAt });
      oldAt += length;
    } else {
      segments.push({ kind: 'same', oldStart: oldAt, oldEnd: oldAt + length, newStart: newAt, newEnd: newAt + length });
      oldAt += length;
      newAt += length;
    }
  }
  return slideEdits(segments, before, after);
}

/**
 * How good a place `at` in `text` is for an edit's edge: a text's or a paragraph's end, a line
 * break, a sentence's start, a space, a punctuation mark, inside a word (best first).
 */
function edgeScore(text: string, at: number): number {
  if (at <= 0 || at >= text.length) return 6;
  const previous = text[at - 1]!;
  const next = text[at]!;
  if (text.startsWith('\n\n', at - 2) || text.startsWith('\n\n', at)) return 5;
  if (previous === '\n' || next === '\n') return 4;
  if (/\s/.test(previous) && /[.!?]/.test(text[at - 2] ?? '')) return 3;
  if (/\s/.test(previous) || /\s/.test(next)) return 2;
  return /[\p{L}\p{N}]/u.test(previous) && /[\p{L}\p{N}]/u.test(next) ? 0 : 1;
}

/**
 * An insertion or deletion between two kept runs can often sit at several places with the same
 * result ("review. In[ 2013, … review. In] 2014" is "review. [In 2013, … review. ]In 2014"); the
 * word diff picks one at random for a reader. Each is slid, character by character as far as the
 * text repeats, to the place with the best edges (whole sentences first), so that a passage whose
 * edge sentence was deleted keeps its own surviving words rather than a neighbour's. Linear: each
 * edit slides at most across its two neighbours.
 */
function slideEdits(segments: Segment[], before: string, after: string): Segment[] {
  for (let i = 1; i + 1 < segments.length; i++) {
    const left = segments[i - 1]!;
    const edit = segments[i]!;
    const right = segments[i + 1]!;
    if (left.kind !== 'same' || right.kind !== 'same' || edit.kind === 'same') continue;
    // The edit's own text, where its edges are scored; `shift` moves it by that many characters.
    const removed = edit.kind === 'removed';
    const text = removed ? before : after;
    const [start, end] = removed ? [edit.oldStart, edit.oldEnd] : [edit.newStart, edit.newEnd];
    const leftStart = removed ? left.oldStart : left.newStart;
    const rightEnd = removed ? right.oldEnd : right.newEnd;
    let low = 0;
    while (start + low > leftStart && text[start + low - 1] === text[end + low - 1]) low--;
    let high = 0;
    while (end + high < rightEnd && text[start + high] === text[end + high]) high++;
    let best = 0;
    let bestScore = edgeScore(text, start) + edgeScore(text, end);
    for (let shift = low; shift <= high; shift++) {
      const score = edgeScore(text, start + shift) + edgeScore(text, end + shift);
      if (score > bestScore) {
        best = shift;
        bestScore = score;
      }
    }
    if (best === 0) continue;
    // The kept runs on either side give up or take over those characters on both sides.
    left.oldEnd += best;
    left.newEnd += best;
    right.oldStart += best;
    right.newStart += best;
    edit.oldStart += best;
    edit.oldEnd += best;
    edit.newStart += best;
    edit.newEnd += best;
  }
  return segments;
}

/** Word edits a diff given more room (`withinBudget`) may need; more and it is given up. */
const MAX_BUDGET_EDITS = 2_000;
/** Below this many edits allowed, a diff is not worth starting. */
const MIN_BUDGET_EDITS = 50;

/**
 * Work (characters compared × edits) shared by the diffs of one text given more room than a
 * paragraph's: Myers' diff costs length × edits, so on hostile text (every paragraph rewritten
 * throughout) they stop once it is spent, whatever the number of paragraphs.
 */
export class WorkBudget {
  constructor(private left: number) {}

  /** The segments, or null when the diff needs more edits than the budget (or MAX_BUDGET_EDITS) allows. */
  segments(before: string, after: string): Segment[] | null {
    const size = before.length + after.length;
    const maxEdits = Math.min(MAX_BUDGET_EDITS, Math.floor(this.left / Math.max(1, size)));
    if (maxEdits < MIN_BUDGET_EDITS) return null;
    const segments = wordSegments(before, after, maxEdits);
    // What it cost at most: its length times the edits it made (each changed character one, at worst).
    const changed = segments
      ? segments.reduce(
          (sum, { kind, oldStart, oldEnd, newStart, newEnd }) => sum + (kind === 'same' ? 0 : oldEnd - oldStart + newEnd - newStart),
          0,
        )
      : maxEdits;
    this.left -= size * Math.max(1, Math.min(maxEdits, changed));
    return segments;
  }
}
