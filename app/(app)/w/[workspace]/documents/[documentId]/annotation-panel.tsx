'use client';

import { useEffect, useLayoutEffect, useRef } from 'react';
import { ClaimPanel } from '@/components/claims/claim-panel';
import { CommentThread } from '@/components/comments/comment-thread';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { KIND_CLASS } from './annotation-labels';
import type { ViewAnnotation } from './annotator';

export const ANNOTATION_PANEL_ID = 'annotation-panel';

type Props = {
  annotation: ViewAnnotation;
  onClose: () => void;
  /** What the annotator has to say (a refused annotate or re-attach), shown first. */
  notice?: React.ReactNode;
};

/** Whether Escape pressed on `target` is someone else's to handle: a field (what is typed there stays) or another dialog. */
function escapeBelongsElsewhere(target: EventTarget | null) {
  const element = target instanceof Element ? target : null;
  // the locked document text (contenteditable for its caret, aria-readonly) is not a field: Escape there closes the view
  if (element?.closest('input, textarea, select, [contenteditable="true"]:not([aria-readonly="true"])')) return true;
  return document.querySelector(`[role="dialog"]:not(#${ANNOTATION_PANEL_ID}), dialog[open]`) !== null;
}

/** Back to where focus was before the view opened, or to the annotation's item in the list. */
function focusBack(opener: Element | null, annotationId: string) {
  if (opener instanceof HTMLElement && opener !== document.body && opener.isConnected) return opener.focus();
  document.querySelector<HTMLElement>(`#annotation-${CSS.escape(annotationId)} button`)?.focus({ preventScroll: true });
}

/**
 * The selected annotation — its claim (claims and figures) and its discussion — in a view with
 * room: beside the text on wide screens (fixed to the window, its full height once the page's
 * header has scrolled away, scrolling on its own, over the list), a bottom sheet on narrower ones, so that the marked words stay in view
 * (the annotator scrolls them above the sheet). Focus moves into it when it opens and back where
 * it was when it closes; Escape closes it.
 */
export function AnnotationPanel({ annotation, onClose, notice }: Props) {
  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<Element | null>(null);
  const annotationId = useRef(annotation.id);
  useEffect(() => {
    annotationId.current = annotation.id;
  }, [annotation.id]);

  // Opened: remember where focus was, then move it in (once: showing another annotation keeps it where it is).
  useLayoutEffect(() => {
    opener.current = document.activeElement;
    heading.current?.focus({ preventScroll: true });
  }, []);

  // Beside the text the view is fixed to the window, in the rail's column: it starts below the
  // page's header (where the page starts) until that has scrolled away, and ends at the window's foot.
  useLayoutEffect(() => {
    const view = section.current;
    const page = view?.closest('main');
    if (!view || !page) return;
    let frame = 0;
    const place = () => {
      frame = 0;
      view.style.setProperty('--view-top', `${Math.max(8, Math.round(page.getBoundingClientRect().top))}px`);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(place);
    };
    place();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, []);

  const close = useRef(() => {});
  useEffect(() => {
    close.current = () => {
      onClose();
      // After the list is shown again (it is hidden behind the view on wide screens).
      requestAnimationFrame(() => focusBack(opener.current, annotationId.current));
    };
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || escapeBelongsElsewhere(event.target)) return;
      close.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const quote = annotation.exact.length > 200 ? `${annotation.exact.slice(0, 197)}…` : annotation.exact;
  return (
    <>
      <section
        ref={section}
        id={ANNOTATION_PANEL_ID}
        role="dialog"
        aria-modal="false"
        aria-label="Selected annotation"
        data-testid="annotation-panel"
        className={cn(
          // a bottom sheet below 64rem…
          'fixed inset-x-0 bottom-0 z-30 flex h-[60dvh] flex-col rounded-t-2xl border-t border-rule bg-white text-sm',
          'shadow-[0_-8px_30px_rgb(0_0_0/0.15)]',
          // …beside the text from 64rem: in the rail's column (left unset: where the rail is), as tall as the window allows
          'lg:inset-x-auto lg:top-[var(--view-top,0.5rem)] lg:bottom-2 lg:z-20 lg:h-auto lg:w-[var(--rail,18rem)] lg:rounded-lg lg:border',
          'lg:shadow-md',
        )}
      >
        <header className="flex items-start justify-between gap-2 border-b border-rule px-4 py-3">
          <div className="min-w-0">
            <h2 ref={heading} tabIndex={-1} className="outline-none focus-visible:ring-2 focus-visible:ring-accent/40">
              <span className={cn('rounded px-1.5 py-0.5 text-xs font-medium', KIND_CLASS[annotation.kind])}>{annotation.kind}</span>
              {annotation.visibility === 'private' && <span className="ml-2 text-xs text-muted">private</span>}
            </h2>
            <p dir="auto" className="mt-1 line-clamp-3 font-reading text-base" data-testid="annotation-quote">
              “{quote}”
            </p>
          </div>
          <Button
            variant="ghost"
            className="shrink-0 px-2 py-0.5 text-xs"
            onClick={() => close.current()}
            aria-label="Close the selected annotation"
            aria-keyshortcuts="Escape"
          >
            Close
          </Button>
        </header>
        <div className="min-h-0 flex-1 space-y-5 overflow-y-auto overscroll-contain px-4 py-3" data-testid="annotation-panel-body">
          {notice}
          {annotation.claim && <ClaimPanel claimId={annotation.claim.id} />}
          <div>
            <h3 className="mb-2 text-xs font-semibold uppercase tracking-wide text-muted">Discussion</h3>
            <CommentThread annotationId={annotation.id} />
          </div>
        </div>
      </section>
      {/* Below 64rem the sheet covers the bottom of the page: room to scroll what it covers above it. */}
      <div aria-hidden className="h-[60dvh] lg:hidden" />
    </>
  );
}
