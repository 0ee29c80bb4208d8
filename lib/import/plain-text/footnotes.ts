// Footnotes of a PDF copy: markers glued to the words they annotate ("authority.1", "cuts,²")
// and the notes themselves at the foot of the page ("1 Ministry of Defence, Annual Report").
// Markers become references ("authority.[1]"), the notes are gathered at the end.

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/**
 * A number glued after a word's closing punctuation ("authority.1", "twice,2", "said”3"), or
 * superscript digits after a word or after a number's closing punctuation ("cuts²", "2024.³";
 * never "10³").
 */
const MARKER = new RegExp(
  [
    `(?<=\\p{L}[.,;:!?]["”’)]?|\\p{L}["”’)])(\\d{1,3})(?=\\s|$)`,
    `(?<=\\p{L}[.,;:!?]?["”’)]?|\\p{N}[.,;:!?]["”’)]?)([${SUPERSCRIPTS}]{1,3})`,
  ].join('|'),
  'gu',
);
const NOTE_LINE = /^(\d{1,3})[.)]?\s+(["“(]?[\p{Lu}\p{N}].*)$/u;

const fromSuperscript = (digits: string) => [...digits].map((digit) => SUPERSCRIPTS.indexOf(digit)).join('');

/** Marker numbers in order of appearance. */
export function findMarkers(text: string): number[] {
  return [...text.matchAll(MARKER)].map((match) => Number(match[1] ?? fromSuperscript(match[2]!)));
}

/** Numbers that are footnotes: with a note of their own, or counting 1, 2, 3… in order. */
export function footnoteNumbers(markers: number[], notes: Set<number>): Set<number> {
  const counting = markers.length >= 2 && markers.every((number, index) => number === index + 1);
  return new Set(markers.filter((number) => counting || notes.has(number)));
}

/** The note a line starts, when its number is one of the markers. */
export function noteStart(line: string, markers: Set<number>): { number: number; text: string } | null {
  const match = NOTE_LINE.exec(line);
  if (!match || !markers.has(Number(match[1]))) return null;
  return { number: Number(match[1]), text: match[2]! };
}

/** The text with its footnote markers turned into references: "authority.[1]". */
export function detachMarkers(text: string, footnotes: Set<number>): string {
  return text.replace(MARKER, (whole, digits: string | undefined, superscript: string | undefined) => {
    const number = Number(digits ?? fromSuperscript(superscript!));
    return footnotes.has(number) ? `[${number}]` : whole;
  });
}
