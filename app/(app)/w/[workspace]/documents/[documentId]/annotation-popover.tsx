'use client';

import { useEffect, useRef } from 'react';
import { Button } from '@/components/ui/button';
import { ANNOTATION_KINDS, type AnnotationKind } from '@/lib/annotations/kinds';

/** Keys that mark the selection: c claim, f figure, i citation, n note. */
export const SHORTCUTS: Record<string, AnnotationKind> = { c: 'claim', f: 'figure', i: 'citation', n: 'note' };
const LABELS: Record<AnnotationKind, string> = { claim: 'Claim', figure: 'Figure', citation: 'Citation', note: 'Note' };
/** Claims and figures are checked by the team: never private. */
const CAN_BE_PRIVATE: Record<AnnotationKind, boolean> = { claim: false, figure: false, citation: true, note: true };

type Props = {
  tagPicker: React.ReactNode;
  at: { top: number; left: number };
  quote: string;
  isPrivate: boolean;
  pending: boolean;
  onPrivateChange: (value: boolean) => void;
  onChoose: (kind: AnnotationKind) => void;
  onCancel: () => void;
  /** Opened from the keyboard (the A key): the focus moves onto its first button. */
  autoFocus: boolean;
};

/** The popover's element, so that the annotator can tell whether the focus is in it. */
export const POPOVER_SELECTOR = '[data-annotation-popover]';

/** The small toolbar over a selection: one button (and one key) per kind, Escape to cancel (the annotator puts the focus back in the text). */
export function AnnotationPopover({ tagPicker, at, quote, isPrivate, pending, onPrivateChange, onChoose, onCancel, autoFocus }: Props) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (autoFocus) root.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus({ preventScroll: true });
  }, [autoFocus]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') return onCancel();
      if (event.target instanceof HTMLInputElement) return; // typing a tag name
      const kind = SHORTCUTS[event.key.toLowerCase()];
      if (kind && !event.metaKey && !event.ctrlKey && !event.altKey && (!isPrivate || CAN_BE_PRIVATE[kind])) {
        event.preventDefault();
        onChoose(kind);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onCancel, onChoose, isPrivate]);

  return (
    <div
      ref={root}
      role="dialog"
      aria-label="Annotate the selection"
      data-annotation-popover=""
      className="absolute z-20 flex -translate-x-1/2 -translate-y-full flex-col gap-2 rounded-lg border border-rule bg-white p-2 text-sm shadow-lg"
      style={{ top: at.top - 8, left: at.left }}
    >
      <p dir="auto" className="max-w-72 truncate px-1 text-xs text-muted">
        “{quote}”
      </p>
      <div className="flex gap-1">
        {ANNOTATION_KINDS.map((kind) => (
          <Button
            key={kind}
            variant="secondary"
            disabled={pending || (isPrivate && !CAN_BE_PRIVATE[kind])}
            onClick={() => onChoose(kind)}
            aria-keyshortcuts={Object.keys(SHORTCUTS).find((key) => SHORTCUTS[key] === kind)}
          >
            {LABELS[kind]}
          </Button>
        ))}
      </div>
      {tagPicker}
      <label className="flex items-center gap-2 px-1 text-xs text-muted">
        <input type="checkbox" checked={isPrivate} onChange={(event) => onPrivateChange(event.target.checked)} />
        Private note (only you see it)
      </label>
    </div>
  );
}
