import type { DiffPiece, DiffSegment } from '@/lib/diff/text-diff';

/**
 * A word diff under a one-line summary: removed words struck through in red, added words
 * underlined in green; unchanged text trimmed to the passages around the changes.
 */
export function WordDiff({ summary, added, removed, pieces }: { summary: string; added: number; removed: number; pieces: DiffPiece[] }) {
  // Texts too different to compare word by word (lib/diff/text-diff.ts): the reason instead.
  const notCompared = pieces.find((piece): piece is DiffSegment => piece.kind === 'too-different');
  if (notCompared) {
    return (
      <p className="mt-4 text-sm text-muted" data-testid="diff-summary">
        {summary}: {notCompared.text}
      </p>
    );
  }
  return (
    <div className="mt-4">
      <p className="text-sm text-muted" data-testid="diff-summary">
        {summary}: {added} {added === 1 ? 'word' : 'words'} added, {removed} removed.
      </p>
      {/* unicode-bidi: plaintext gives each paragraph of the text its own direction (a right-to-left one starts at the right). */}
      <div
        dir="auto"
        className="mt-3 whitespace-pre-wrap rounded-xl border border-rule bg-white p-5 text-start font-reading text-lg leading-relaxed [unicode-bidi:plaintext]"
        data-testid="diff"
      >
        {pieces.map((piece, index) =>
          piece.kind === 'gap' ? (
            <span key={index} className="mx-1 text-muted" aria-label="unchanged text omitted">
              {' … '}
            </span>
          ) : piece.kind === 'added' ? (
            <ins
              key={index}
              className="bg-green-100 text-green-900 no-underline decoration-green-700 underline-offset-2 [text-decoration-line:underline]"
            >
              {piece.text}
            </ins>
          ) : piece.kind === 'removed' ? (
            <del key={index} className="bg-red-100 text-red-900">
              {piece.text}
            </del>
          ) : (
            <span key={index}>{piece.text}</span>
          ),
        )}
      </div>
    </div>
  );
}
