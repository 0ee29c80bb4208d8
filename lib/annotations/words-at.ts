/** Whether an anchor holds a place in a text of this length (an orphan's start and end are null). */
export function isPlaced(
  anchor: { start: number | null; end: number | null } | undefined,
  length: number,
): anchor is { start: number; end: number } {
  return anchor != null && anchor.start !== null && anchor.end !== null && anchor.start < anchor.end && anchor.end <= length;
}

/** The words an anchor covers in a version's text, or null when it has no place there. */
export function wordsAt(text: string, anchor: { start: number | null; end: number | null } | undefined): string | null {
  return isPlaced(anchor, text.length) ? text.slice(anchor.start, anchor.end) : null;
}
