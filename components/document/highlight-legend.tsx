import { cn } from '@/components/ui/cn';

const KINDS = [
  { kind: 'claim', label: 'claim', line: 'solid' },
  { kind: 'figure', label: 'figure', line: 'double' },
  { kind: 'citation', label: 'citation', line: 'dotted' },
  { kind: 'note', label: 'note', line: 'dashed' },
] as const;

type Tag = { id: string; name: string; color: string };

/**
 * What the marks in the text mean: the underline tells the kind (its colour and style), the fill
 * tells the first tag (shown once some tag fills a highlight; untagged words get a faint tint of
 * their kind). Drawn with the highlights' own classes (app/globals.css), so the legend
 * cannot disagree with the text. `tags`: those that fill some highlight of this document.
 */
export function HighlightLegend({ tags, className }: { tags: Tag[]; className?: string }) {
  return (
    <section aria-label="Highlight legend" className={cn('flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-muted', className)}>
      <span className="flex flex-wrap items-center gap-2">
        <span>Underline: kind</span>
        {KINDS.map(({ kind, label, line }) => (
          <span key={kind} className={`annotation-highlight annotation-${kind} legend-sample`} title={`${line} underline`}>
            {label}
          </span>
        ))}
      </span>
      {tags.length > 0 && (
        <span className="flex flex-wrap items-center gap-2">
          <span>Fill: first tag</span>
          {tags.map((tag) => (
            <span
              key={tag.id}
              className="annotation-highlight annotation-note legend-sample"
              data-tag=""
              style={{ '--tag': tag.color, borderBottomColor: 'transparent' } as React.CSSProperties}
            >
              {tag.name}
            </span>
          ))}
        </span>
      )}
    </section>
  );
}
