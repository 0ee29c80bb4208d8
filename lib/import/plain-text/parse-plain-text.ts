// Text as a reader would clean it by hand: hard wraps joined, paragraphs split by page breaks
// re-joined, running headers and footers, page numbers and debris removed, words split by
// line-end hyphens re-joined, footnotes detached and gathered at the end, headings recognised,
// a byline and date at the top taken as the document's details, bare URL lines collected as sources,
// list items and quotes recognised by their markers.
import { isPageMarker, bareUrl, cleanLine } from './clean-line';
import { withinBlockLimit } from '../limits';
import type { ImportedBlock } from '../types';
import { detachMarkers, findMarkers, footnoteNumbers, noteStart } from './footnotes';
import { readFrontMatter } from './front-matter';
import { looksLikeHeading } from './headings';
import { hyphenJudge } from './hyphenation';
import { findRunningLines, PAGE_BREAK, runningForm } from './running-lines';
import { endsSentence, joinWrappedLines, startsLowercase } from './sentences';
import { isQuoteLine, splitStructure, startsListItem } from './structure';

export type ParsedBlock = ImportedBlock;
export type ParsedText = { title: string | null; byline: string | null; publishedAt: Date | null; blocks: ParsedBlock[]; urls: string[] };

/** A paragraph as it came: its lines, for judging whether its last line was full. */
type RawParagraph = { lines: string[] };
type Note = { number: number; lines: string[] };

/** A line at least this share of the usual line width was cut by the wrap, not by the author. */
const FULL_LINE_SHARE = 0.8;
/** A note sits at the foot of a page: a page break follows within this many lines. */
const NOTE_ZONE_LINES = 8;

/** Cleaned lines, a form feed standing alone as PAGE_BREAK. */
function readLines(raw: string): string[] {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, `\n${PAGE_BREAK}\n`)
    .split('\n')
    .map((line) => (line === PAGE_BREAK ? line : cleanLine(line)));
}

/** Footnotes at the foot of pages (before a page break or the end), with their wrapped lines. */
function findNotes(lines: string[], isBreak: (line: string) => boolean, markers: Set<number>): { notes: Note[]; lineIndexes: Set<number> } {
  const notes: Note[] = [];
  const lineIndexes = new Set<number>();
  const breakFollows = (index: number) => {
    let seen = 0;
    for (let at = index + 1; at < lines.length; at++) {
      if (isBreak(lines[at]!)) return true;
      if (lines[at] && ++seen > NOTE_ZONE_LINES) return false;
    }
    return true; // the end of the text
  };
  for (let index = 0; index < lines.length; index++) {
    const start = noteStart(lines[index]!, markers);
    if (!start || !breakFollows(index)) continue;
    const note: Note = { number: start.number, lines: [start.text] };
    lineIndexes.add(index);
    while (index + 1 < lines.length && lines[index + 1] && !isBreak(lines[index + 1]!) && !noteStart(lines[index + 1]!, markers)) {
      note.lines.push(lines[++index]!);
      lineIndexes.add(index);
    }
    notes.push(note);
  }
  return { notes, lineIndexes };
}

function splitIntoRawParagraphs(lines: string[], skip: Set<number>, isBreak: (line: string) => boolean, urls: Set<string>): RawParagraph[] {
  const paragraphs: RawParagraph[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) paragraphs.push({ lines: current });
    current = [];
  };
  for (const [index, line] of lines.entries()) {
    if (skip.has(index)) {
      flush();
      continue;
    }
    const url = bareUrl(line);
    if (url) {
      urls.add(url);
      continue; // a URL line neither belongs to nor ends the paragraph around it
    }
    if (!line || isBreak(line)) flush();
    else current.push(line);
  }
  flush();
  return paragraphs;
}

/** The usual width of a wrapped line: the median length of lines that are not a paragraph's last. */
function typicalLineLength(paragraphs: RawParagraph[]): number {
  const lengths = paragraphs.flatMap((paragraph) => paragraph.lines.slice(0, -1).map((line) => line.length)).sort((a, b) => a - b);
  return lengths.length ? lengths[Math.floor(lengths.length / 2)]! : Infinity;
}

function isHeading(paragraph: RawParagraph) {
  return paragraph.lines.length === 1 && looksLikeHeading(paragraph.lines[0]!);
}

/**
 * A page break cut this paragraph when it does not end a sentence and either the next part
 * starts in lowercase, or the last line ran to the full width (the author did not end it there).
 */
function continuesInto(previous: RawParagraph, next: RawParagraph, fullLine: number): boolean {
  const last = previous.lines.at(-1)!;
  if (endsSentence(last) || isHeading(previous) || isHeading(next)) return false;
  if (startsListItem(next.lines[0]!) || isQuoteLine(next.lines[0]!)) return false;
  return startsLowercase(next.lines[0]!) || /[-‐]$/.test(last) || last.length >= fullLine;
}

/** A title (a heading first), then a byline and date, from the top of the text. */
function takeFrontMatter(blocks: ParsedBlock[]) {
  const texts = (from: number) => blocks.slice(from).map((block) => block.text);
  const lead = readFrontMatter(texts(0));
  const hasTitle = lead.taken === 0 && blocks.length > 1 && blocks[0]!.type === 'heading';
  const from = hasTitle ? 1 : 0;
  const front = hasTitle ? readFrontMatter(texts(1)) : lead;
  // Never the whole text: a lone byline stays the document's body.
  const taken = from + front.taken < blocks.length ? front.taken : 0;
  return {
    title: hasTitle ? blocks[0]!.text : null,
    byline: taken ? front.byline : null,
    publishedAt: taken ? front.publishedAt : null,
    body: blocks.slice(from + taken),
  };
}

export function parsePlainText(raw: string): ParsedText {
  const urls = new Set<string>();
  const lines = readLines(raw);
  const running = findRunningLines(lines);
  const isBreak = (line: string) => line === PAGE_BREAK || isPageMarker(line) || (running.size > 0 && running.has(runningForm(line)));
  const markers = findMarkers(raw);
  const found = findNotes(lines, isBreak, new Set(markers));
  const footnotes = footnoteNumbers(markers, new Set(found.notes.map((note) => note.number)));
  const { notes } = found;
  const paragraphs = splitIntoRawParagraphs(lines, found.lineIndexes, isBreak, urls);
  const fullLine = typicalLineLength(paragraphs) * FULL_LINE_SHARE;
  const keepsHyphen = hyphenJudge(raw);

  const merged: RawParagraph[] = [];
  for (const paragraph of paragraphs) {
    const previous = merged.at(-1);
    if (previous && continuesInto(previous, paragraph, fullLine)) for (const line of paragraph.lines) previous.lines.push(line);
    else merged.push({ lines: [...paragraph.lines] });
  }

  const blocks: ParsedBlock[] = withinBlockLimit(merged.flatMap((paragraph) => splitStructure(paragraph.lines))).map((piece) => {
    const joined = joinWrappedLines(piece.lines, keepsHyphen);
    const text = footnotes.size ? detachMarkers(joined, footnotes) : joined;
    if (piece.kind === 'listItem')
      return { type: 'listItem', text, list: { ordered: piece.number != null, depth: 0, number: piece.number ?? null } };
    return { type: piece.kind === 'paragraph' && isHeading(piece) ? 'heading' : piece.kind, text };
  });
  if (notes.length > 0) {
    blocks.push({ type: 'heading', text: 'Notes' });
    for (const note of [...notes].sort((a, b) => a.number - b.number)) {
      blocks.push({ type: 'paragraph', text: `[${note.number}] ${joinWrappedLines(note.lines, keepsHyphen)}` });
    }
  }
  const { title, byline, publishedAt, body } = takeFrontMatter(blocks);
  return { title, byline, publishedAt, blocks: body, urls: [...urls] };
}
