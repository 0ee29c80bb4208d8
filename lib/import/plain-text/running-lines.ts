// Running headers and footers of a PDF copy: short lines that come back at page after page
// ("AGENCY NAME   3", "Annual Report 2024 | page 7"), always next to a page break.
import { isPageMarker } from './clean-line';

/** Longer lines are prose, however often they repeat. */
const MAX_RUNNING_LINE = 100;
/** Seen this often beside a page break, a line runs on every page. */
const MIN_REPEATS_AT_BREAKS = 2;
/** Seen this often standing alone (blank lines around it) without any page break marked. */
const MIN_REPEATS_ALONE = 3;
/** A page holds many lines: a line that comes back more often than one in this many is content. */
const MIN_LINES_PER_REPEAT = 8;

/** The line with its page number (any digits) set aside: "agency name #". */
export const runningForm = (line: string) => line.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

export const PAGE_BREAK = '\f';

/**
 * The forms (see `runningForm`) of the lines that repeat beside page breaks. `lines` are
 * cleaned lines, with PAGE_BREAK for a form feed.
 */
export function findRunningLines(lines: string[]): Set<string> {
  // The start and end of the text are not page breaks: a first and last line alike say nothing.
  const isBreak = (line: string | undefined) => line !== undefined && (line === PAGE_BREAK || isPageMarker(line));
  /** The nearest non-blank neighbour in one direction, and whether blank lines were crossed. */
  const neighbour = (index: number, step: number) => {
    let at = index + step;
    while (at >= 0 && at < lines.length && lines[at] === '') at += step;
    return { line: lines[at], blankBetween: Math.abs(at - index) > 1 };
  };
  const atBreaks = new Map<string, number>();
  const alone = new Map<string, number>();
  for (const [index, line] of lines.entries()) {
    if (!line || line === PAGE_BREAK || line.length > MAX_RUNNING_LINE || isPageMarker(line) || !/\p{L}/u.test(line)) continue;
    const before = neighbour(index, -1);
    const after = neighbour(index, 1);
    const form = runningForm(line);
    if (isBreak(before.line) || isBreak(after.line)) atBreaks.set(form, (atBreaks.get(form) ?? 0) + 1);
    else if (before.blankBetween && after.blankBetween) alone.set(form, (alone.get(form) ?? 0) + 1);
  }
  const filled = lines.filter((line) => line && line !== PAGE_BREAK).length;
  const rare = (count: number) => count * MIN_LINES_PER_REPEAT <= filled;
  const running = new Set<string>();
  for (const [form, count] of atBreaks) if (count >= MIN_REPEATS_AT_BREAKS) running.add(form);
  for (const [form, count] of alone) {
    const total = count + (atBreaks.get(form) ?? 0);
    // A repeated sentence is prose; a running line has no final full stop.
    if (total >= MIN_REPEATS_ALONE && rare(total) && !/[.!?]$/.test(form)) running.add(form);
  }
  return running;
}
