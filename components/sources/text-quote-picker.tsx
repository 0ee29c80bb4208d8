'use client';

import { useRef } from 'react';
import { splitParagraphs } from '@/lib/sources/split-paragraphs';

export type PickedQuote = { start: number; end: number; quote: string };

/** A selection boundary as an offset into the text: each paragraph carries where it starts (data-start). */
function offsetOf(container: HTMLElement, node: Node, offset: number): number | null {
  const element = node instanceof Element ? node : node.parentElement;
  const paragraph = element?.closest<HTMLElement>('[data-start]');
  if (!paragraph || !container.contains(paragraph)) return null;
  const range = document.createRange();
  range.setStart(paragraph, 0);
  range.setEnd(node, offset);
  return Number(paragraph.dataset.start) + range.toString().length;
}

/** The selected words of `text` (spaces around them left out), or null when nothing in it is selected. */
function pickedIn(container: HTMLElement, text: string): PickedQuote | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  let start = offsetOf(container, range.startContainer, range.startOffset);
  let end = offsetOf(container, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end, quote: text.slice(start, end) } : null;
}

/**
 * A file's text as plain paragraphs (React escapes it: never rendered as HTML) in which a person
 * selects the quote with the mouse or the keyboard; the chosen span stays marked. Offsets are
 * those of `text`, as the server stores them.
 */
export function TextQuotePicker({
  text,
  picked,
  onPick,
  label,
}: {
  text: string;
  picked: { start: number; end: number } | null;
  onPick: (quote: PickedQuote) => void;
  label: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const pick = () => {
    const quote = container.current && pickedIn(container.current, text);
    if (quote) onPick(quote);
  };
  return (
    <div
      ref={container}
      role="document"
      aria-label={label}
      tabIndex={0}
      onMouseUp={pick}
      onKeyUp={pick}
      className="max-h-72 space-y-2 overflow-y-auto rounded-md border border-rule bg-white p-3 font-reading text-sm leading-relaxed"
    >
      {splitParagraphs(text, picked).map((paragraph) => (
        <p key={paragraph.start} data-start={paragraph.start}>
          {paragraph.pieces.map((piece, index) =>
            piece.marked ? (
              <mark key={index} className="rounded-sm bg-amber-200 text-ink">
                {piece.text}
              </mark>
            ) : (
              <span key={index}>{piece.text}</span>
            ),
          )}
        </p>
      ))}
    </div>
  );
}
