// Random revisions of a text that keep track of where every annotated span truly went:
// word and sentence insertions, deletions and replacements, typos and paragraph moves. A span
// whose every character was deleted or replaced has no true place any more (null).
import type { Random } from './random';

type Range = { start: number; end: number };
/**
 * A span's true place, and (`also`) the places it would have if an insertion had been made at
 * another offset that gives the very same text: inserting "In 2012, … review. " before "In 2017"
 * after "… review. " is also inserting "2012, … review. In " after "In", and nothing in the two
 * texts tells which was done. `start`/`end` follow the offset the edit was drawn at (the earlier
 * benchmark's only truth).
 */
export type Span = (Range & { also?: Range[] }) | null;
export type Revised = { text: string; spans: Span[] };

/** More equally valid places than this per span are not kept (each edit can add two). */
const MAX_ALSO = 6;

/** Maps one range through replacing [from, to) by `length` characters (see `replace`). */
function mapRange(range: Range, from: number, to: number, length: number, joins: boolean): Range | null {
  const delta = length - (to - from);
  if (to <= range.start) return { start: range.start + delta, end: range.end + delta };
  if (from >= range.end) return range;
  if (from <= range.start && to >= range.end) return null; // every character of the range is gone
  const start = range.start < from ? range.start : joins ? from : from + length;
  const end = range.end > to ? range.end + delta : joins ? from + length : from;
  return start < end ? { start, end } : null;
}

/**
 * Offsets where inserting `length` characters gives `after` from `before` just as inserting
 * them at `at` does: a contiguous run around `at` (the inserted text's ends repeat the text
 * beside it). Only three outcomes differ for a range (before it, inside it, after it), so the
 * run's ends and the offsets just inside each range stand for all of it.
 */
function equivalentInsertions(before: string, after: string, at: number, length: number): { low: number; high: number } {
  let low = at;
  while (low > 0 && before[low - 1] === after[low - 1 + length]) low--;
  let high = at;
  while (high < before.length && before[high] === after[high]) high++;
  return { low, high };
}

const sameRange = (a: Range, b: Range) => a.start === b.start && a.end === b.end;

/**
 * Maps spans through replacing text[from, to) by `insert`. Spans follow their own characters;
 * with `joins`, a word that replaces one at a span's edge becomes part of the span.
 */
function replace(state: Revised, from: number, to: number, insert: string, joins = false): Revised {
  const text = state.text.slice(0, from) + insert + state.text.slice(to);
  const slide = from === to && insert ? equivalentInsertions(state.text, text, from, insert.length) : { low: from, high: from };
  const spans = state.spans.map((span) => {
    if (!span) return null;
    const main = mapRange(span, from, to, insert.length, joins);
    if (!main) return null;
    const also: Range[] = [];
    for (const range of [span, ...(span.also ?? [])]) {
      const offsets = [from, slide.low, slide.high, range.start + 1, range.end - 1, range.start, range.end].filter(
        (offset) => offset >= slide.low && offset <= slide.high,
      );
      for (const offset of offsets) {
        const shift = offset - from;
        const mapped = mapRange(range, from + shift, to + shift, insert.length, joins);
        if (mapped && !sameRange(mapped, main) && !also.some((known) => sameRange(known, mapped))) also.push(mapped);
      }
    }
    return also.length ? { ...main, also: also.slice(0, MAX_ALSO) } : main;
  });
  return { text, spans };
}

/** Moves text[from, to) to `at` (an offset outside it); spans inside move along, spans cut by it are lost. */
function move(state: Revised, from: number, to: number, at: number): Revised {
  const piece = state.text.slice(from, to);
  const without = state.text.slice(0, from) + state.text.slice(to);
  const target = at > to ? at - (to - from) : at;
  const text = without.slice(0, target) + piece + without.slice(target);
  const mapOutside = (offset: number) => {
    const removed = offset >= to ? offset - (to - from) : offset;
    return removed >= target ? removed + piece.length : removed;
  };
  const mapOne = (range: Range): Range | null => {
    if (range.start >= from && range.end <= to) return { start: target + range.start - from, end: target + range.end - from };
    if (range.end <= from || range.start >= to) return { start: mapOutside(range.start), end: mapOutside(range.end) };
    return null;
  };
  const spans = state.spans.map((span) => {
    const main = span && mapOne(span);
    if (!main) return null;
    const also = (span.also ?? []).flatMap((range) => mapOne(range) ?? []);
    return also.length ? { ...main, also } : main;
  });
  return { text, spans };
}

const WORDS = [
  'officials',
  'reported',
  'the',
  'ministry',
  'said',
  'over',
  'million',
  'troops',
  'sanctions',
  'Brussels',
  'partnership',
  'according',
  'in 2023',
  'new',
  'several',
];

function wordAt(text: string, random: Random): { start: number; end: number } | null {
  for (let attempt = 0; attempt < 20; attempt++) {
    const at = random.int(0, text.length - 1);
    const start = text.lastIndexOf(' ', at) + 1;
    const end = text.indexOf(' ', at);
    if (end > start && !text.slice(start, end).includes('\n')) return { start, end };
  }
  return null;
}

const isStop = (char: string | undefined) => char === '.' || char === '!' || char === '?';

/** Runs of text ending in . ! or ? (and one space after them), within a line: a linear scan. */
function sentences(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  let at = 0;
  while (at < text.length) {
    if (isStop(text[at]) || text[at] === '\n') {
      at++;
      continue;
    }
    let end = at;
    while (end < text.length && !isStop(text[end]) && text[end] !== '\n') end++;
    if (!isStop(text[end])) {
      at = end; // a line without final punctuation holds no sentence
      continue;
    }
    while (isStop(text[end])) end++;
    if (end < text.length && /\s/.test(text[end]!)) end++;
    found.push({ start: at, end });
    at = end;
  }
  return found;
}

function sentenceAt(text: string, random: Random): { start: number; end: number } | null {
  const found = sentences(text);
  return found.length ? random.pick(found) : null;
}

/** The last line of each paragraph, with the blank line after it: a linear scan. */
function paragraphs(text: string) {
  const found: { start: number; end: number }[] = [];
  let at = 0;
  while (at < text.length) {
    if (text[at] === '\n') {
      at++;
      continue;
    }
    const lineEnd = text.indexOf('\n', at);
    if (lineEnd === -1) {
      found.push({ start: at, end: text.length });
      break;
    }
    if (text.startsWith('\n\n', lineEnd)) found.push({ start: at, end: lineEnd + 2 });
    at = lineEnd + (text.startsWith('\n\n', lineEnd) ? 2 : 1);
  }
  return found;
}

export const EDIT_KINDS = [
  'word-insert',
  'word-delete',
  'word-replace',
  'sentence-insert',
  'sentence-delete',
  'sentence-replace',
  'typo',
  'paragraph-move',
] as const;

export function applyRandomEdit(state: Revised, random: Random): Revised {
  const { text } = state;
  switch (random.pick(EDIT_KINDS)) {
    case 'word-insert': {
      const word = wordAt(text, random);
      return word ? replace(state, word.start, word.start, `${random.pick(WORDS)} `) : state;
    }
    case 'word-delete': {
      const word = wordAt(text, random);
      return word ? replace(state, word.start, Math.min(word.end + 1, text.length), '') : state;
    }
    case 'word-replace': {
      const word = wordAt(text, random);
      return word ? replace(state, word.start, word.end, random.pick(WORDS), true) : state;
    }
    case 'sentence-insert': {
      // A sentence copied from elsewhere in the text: the near-duplicates that mislead matchers.
      const source = sentenceAt(text, random);
      const at = sentenceAt(text, random);
      return source && at ? replace(state, at.start, at.start, text.slice(source.start, source.end)) : state;
    }
    case 'sentence-delete': {
      const sentence = sentenceAt(text, random);
      return sentence ? replace(state, sentence.start, sentence.end, '') : state;
    }
    case 'sentence-replace': {
      const sentence = sentenceAt(text, random);
      return sentence
        ? replace(
            state,
            sentence.start,
            sentence.end,
            `The ${random.pick(WORDS)} ${random.pick(WORDS)} ${random.pick(WORDS)} in ${random.int(1990, 2024)}. `,
          )
        : state;
    }
    case 'typo': {
      const word = wordAt(text, random);
      if (!word || word.end - word.start < 3) return state;
      const at = random.int(word.start, word.end - 1);
      return replace(state, at, at + 1, String.fromCharCode(97 + random.int(0, 25)));
    }
    case 'paragraph-move': {
      const blocks = paragraphs(text);
      if (blocks.length < 3) return state;
      const piece = random.pick(blocks);
      const target = random.pick(blocks.filter((block) => block.start !== piece.start && block.start !== piece.end));
      return target ? move(state, piece.start, piece.end, target.start) : state;
    }
  }
}

/** Sentence starts that fall inside an annotated span: an insertion there lands inside it. */
function sentenceStartInSpan(state: Revised, random: Random): number | null {
  const inside = sentences(state.text).filter((sentence) =>
    state.spans.some((span) => span && span.start < sentence.start && sentence.start < span.end),
  );
  return inside.length ? random.pick(inside).start : null;
}

/** A run of 3–20 paragraphs moved elsewhere (a report's sections reordered). */
function moveParagraphRun(state: Revised, random: Random): Revised {
  const blocks = paragraphs(state.text);
  if (blocks.length < 30) return state;
  const length = random.int(3, 20);
  const first = random.int(0, blocks.length - length - 1);
  const from = blocks[first]!.start;
  const to = blocks[first + length - 1]!.end;
  const targets = blocks.filter((block) => block.start < from || block.start > to);
  const target = targets.length ? random.pick(targets) : null;
  return target ? move(state, from, to, target.start) : state;
}

/**
 * What a re-import brings: every kind of edit above, plus runs of paragraphs moved and
 * sentences (copied from elsewhere: near-duplicates) inserted inside annotated passages.
 */
export function applyReimportEdit(state: Revised, random: Random): Revised {
  const roll = random.int(0, 9);
  if (roll === 0) return moveParagraphRun(state, random);
  if (roll <= 2) {
    const source = sentenceAt(state.text, random);
    const at = sentenceStartInSpan(state, random);
    return source && at !== null ? replace(state, at, at, state.text.slice(source.start, source.end)) : state;
  }
  return applyRandomEdit(state, random);
}
