import { WordDiff } from '@/components/diff/word-diff';
import type { DiffPiece } from '@/lib/diff/text-diff';

/** The word diff between two versions of a document. */
export function VersionDiff({
  from,
  to,
  added,
  removed,
  pieces,
}: {
  from: number;
  to: number;
  added: number;
  removed: number;
  pieces: DiffPiece[];
}) {
  return <WordDiff summary={`Version ${from} → ${to}`} added={added} removed={removed} pieces={pieces} />;
}
