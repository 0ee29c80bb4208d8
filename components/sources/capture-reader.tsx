import { splitParagraphs } from '@/lib/sources/split-paragraphs';

export const QUOTE_MARK_ID = 'evidence-quote';

/**
 * The captured text as paragraphs of plain text (React escapes it: a capture is never rendered
 * as HTML), with the quote's span marked. The first marked piece carries the id to scroll to.
 */
export function CaptureReader({
  text,
  mark,
  label = 'Captured text',
}: {
  text: string;
  mark: { start: number; end: number } | null;
  label?: string;
}) {
  const paragraphs = splitParagraphs(text, mark);
  // Each paragraph holds at most one marked piece; the first paragraph with one gets the id.
  const firstMarked = paragraphs.find((paragraph) => paragraph.pieces.some((piece) => piece.marked))?.start;
  return (
    <article className="mt-6 space-y-4 rounded-xl border border-rule bg-white p-6 font-reading text-lg leading-relaxed" aria-label={label}>
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start}>
          {paragraph.pieces.map((piece, index) => {
            if (!piece.marked) return <span key={index}>{piece.text}</span>;
            return (
              <mark
                key={index}
                id={paragraph.start === firstMarked ? QUOTE_MARK_ID : undefined}
                className="rounded-sm bg-amber-200 px-0.5 text-ink"
              >
                {piece.text}
              </mark>
            );
          })}
        </p>
      ))}
    </article>
  );
}
