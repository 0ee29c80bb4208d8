'use client';

import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { cn } from '@/components/ui/cn';
import { ANNOTATION_DETAILS_ID } from './annotation-details';
import { authorName, KIND_CLASS } from './annotation-labels';
import type { SidebarAnnotation } from './annotation-sidebar';
import { TagChips } from './tag-chips';

type Props = {
  annotations: SidebarAnnotation[];
  activeId: string | null;
  describedId: string | null;
  onSelect: (id: string) => void;
  /** Keyboard focus moved onto an annotation (show it in the text), or left the list (null). */
  onFocusItem: (id: string | null) => void;
};

const STEPS: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (index) => index + 1,
  ArrowUp: (index) => index - 1,
  PageDown: (index) => index + 10,
  PageUp: (index) => index - 10,
  Home: () => 0,
  End: (_, count) => count - 1,
};

/**
 * The placed annotations as a virtual list: only the items in view (and a few around) are in
 * the DOM. One tab stop (roving focus): arrows, Page Up/Down, Home and End move between items,
 * and each item reached from the keyboard is shown in the text with its details.
 */
export function AnnotationList({ annotations, activeId, describedId, onSelect, onFocusItem }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const pendingFocus = useRef<number | null>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- not compiled by the React Compiler; re-renders are what it needs
  const virtualizer = useVirtualizer({
    count: annotations.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 100,
    overscan: 6,
    getItemKey: (index) => annotations[index]?.id ?? index,
    // The server renders the first screenful; the browser then measures.
    initialRect: { width: 288, height: 640 },
  });
  const items = virtualizer.getVirtualItems();
  const activeIndex = activeId ? annotations.findIndex((annotation) => annotation.id === activeId) : -1;

  // A highlight clicked in the text: bring its item into view.
  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);

  // Focus moved by a key lands once the item is rendered.
  useEffect(() => {
    if (pendingFocus.current === null) return;
    const button = scroller.current?.querySelector<HTMLButtonElement>(`[data-index="${pendingFocus.current}"] button`);
    if (!button) return;
    pendingFocus.current = null;
    button.focus({ preventScroll: true });
  });

  const onItemFocus = useCallback(
    (index: number, id: string, isKeyboard: boolean) => {
      setFocusIndex(index);
      if (isKeyboard) onFocusItem(id);
    },
    [onFocusItem],
  );

  const rendered = new Set(items.map((item) => item.index));
  const tabStop = [focusIndex, activeIndex].find((index) => index !== null && rendered.has(index)) ?? items[0]?.index;

  const onKeyDown = (event: React.KeyboardEvent) => {
    const from = Number((event.target as HTMLElement).closest<HTMLElement>('[data-index]')?.dataset.index);
    if (event.key === 'Escape') return onFocusItem(null);
    const step = STEPS[event.key];
    if (!step || Number.isNaN(from)) return;
    event.preventDefault();
    const to = Math.max(0, Math.min(annotations.length - 1, step(from, annotations.length)));
    pendingFocus.current = to;
    setFocusIndex(to);
    virtualizer.scrollToIndex(to, { align: 'auto' });
  };

  return (
    <div ref={scroller} className="max-h-[70vh] min-h-0 overflow-y-auto lg:max-h-none lg:flex-1">
      <ol
        aria-label="Annotations in the text"
        className="relative"
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={onKeyDown}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) onFocusItem(null);
        }}
      >
        {items.map((item) => {
          const annotation = annotations[item.index]!;
          return (
            <li
              key={item.key}
              id={`annotation-${annotation.id}`}
              data-index={item.index}
              ref={virtualizer.measureElement}
              aria-setsize={annotations.length}
              aria-posinset={item.index + 1}
              className="absolute top-0 left-0 w-full pb-2"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <AnnotationCard
                annotation={annotation}
                isActive={annotation.id === activeId}
                isDescribed={annotation.id === describedId}
                isTabStop={item.index === tabStop}
                index={item.index}
                onSelect={onSelect}
                onFocus={onItemFocus}
              />
            </li>
          );
        })}
      </ol>
    </div>
  );
}

const AnnotationCard = memo(function AnnotationCard({
  annotation,
  index,
  isActive,
  isDescribed,
  isTabStop,
  onSelect,
  onFocus,
}: {
  annotation: SidebarAnnotation;
  index: number;
  isActive: boolean;
  isDescribed: boolean;
  isTabStop: boolean;
  onSelect: (id: string) => void;
  onFocus: (index: number, id: string, isKeyboard: boolean) => void;
}) {
  return (
    <button
      type="button"
      tabIndex={isTabStop ? 0 : -1}
      onClick={() => onSelect(annotation.id)}
      onFocus={(event) => onFocus(index, annotation.id, event.currentTarget.matches(':focus-visible'))}
      aria-current={isActive ? 'true' : undefined}
      aria-describedby={isDescribed ? ANNOTATION_DETAILS_ID : undefined}
      className={cn(
        'w-full rounded-lg border border-rule bg-white p-3 text-left hover:border-accent',
        isActive && 'border-accent ring-2 ring-accent/20',
      )}
    >
      <span className={cn('rounded px-1.5 py-0.5 text-xs font-medium', KIND_CLASS[annotation.kind])}>{annotation.kind}</span>
      {annotation.visibility === 'private' && <span className="ml-2 text-xs text-muted">private</span>}
      <span dir="auto" className="mt-1 line-clamp-2 block font-reading">
        “{annotation.exact}”
      </span>
      {annotation.source && (
        <span className="mt-1 block truncate text-xs text-muted" title={annotation.source.url}>
          cites {annotation.source.domain}
        </span>
      )}
      <TagChips tags={annotation.tags} className="mt-1 text-xs" />
      <span className="mt-1 block text-xs text-muted">{authorName(annotation)}</span>
    </button>
  );
});
