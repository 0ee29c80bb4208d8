// Text as a reader would clean it by hand: hard wraps joined, paragraphs split by page breaks
// re-joined, debris removed, headings recognised, bare URL lines collected as sources.
import { isPageMarker, bareUrl, cleanLine } from './clean-line';
import { withinBlockLimit } from '../limits';
import { looksLikeHeading } from './headings';
import { endsSentence, joinWrappedLines, startsLowercase } from './sentences';

export type ParsedBlock = { type: 'heading' | 'paragraph'; text: string };
export type ParsedText = { title: string | null; blocks: ParsedBlock[]; urls: string[] };

/** A paragraph as it came: its lines, for judging whether its last line was full. */
type RawParagraph = { lines: string[] };

/** A line at least this share of the usual line width was cut by the wrap, not by the author. */
const FULL_LINE_SHARE = 0.8;

function splitIntoRawParagraphs(raw: string, urls: Set<string>): RawParagraph[] {
  const paragraphs: RawParagraph[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) paragraphs.push({ lines: current });
    current = [];
  };
  for (const rawLine of raw.replace(/\r\n?/g, '\n').replace(/\f/g, '\n\n').split('\n')) {
    const line = cleanLine(rawLine);
    const url = bareUrl(line);
    if (url) {
      urls.add(url);
      continue; // a URL line neither belongs to nor ends the paragraph around it
    }
    if (!line || isPageMarker(line)) flush();
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
  return startsLowercase(next.lines[0]!) || /[-‐]$/.test(last) || last.length >= fullLine;
}

export function parsePlainText(raw: string): ParsedText {
  const urls = new Set<string>();
  const paragraphs = splitIntoRawParagraphs(raw, urls);
  const fullLine = typicalLineLength(paragraphs) * FULL_LINE_SHARE;

  const merged: RawParagraph[] = [];
  for (const paragraph of paragraphs) {
    const previous = merged.at(-1);
    if (previous && continuesInto(previous, paragraph, fullLine)) for (const line of paragraph.lines) previous.lines.push(line);
    else merged.push({ lines: [...paragraph.lines] });
  }

  const blocks: ParsedBlock[] = withinBlockLimit(merged).map((paragraph) => ({
    type: isHeading(paragraph) ? 'heading' : 'paragraph',
    text: joinWrappedLines(paragraph.lines),
  }));
  // A heading before anything else is the document's title.
  const title = blocks.length > 1 && blocks[0]!.type === 'heading' ? blocks.shift()!.text : null;
  return { title, blocks, urls: [...urls] };
}
