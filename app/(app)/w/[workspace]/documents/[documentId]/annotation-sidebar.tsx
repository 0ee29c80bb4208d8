'use client';

import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';

export type SidebarAnnotation = {
  id: string;
  kind: string;
  exact: string;
  visibility: string;
  state: string;
  start: number | null;
  author: { id: string; name: string | null; email: string } | null;
  tags: { id: string; name: string; color: string }[];
};

type Props = {
  filters: React.ReactNode;
  annotations: SidebarAnnotation[];
  activeId: string | null;
  canAnnotate: boolean;
  onSelect: (id: string) => void;
  onDelete: (id: string) => void;
};

const KIND_CLASS: Record<string, string> = {
  claim: 'bg-amber-100 text-amber-900',
  figure: 'bg-blue-100 text-blue-900',
  citation: 'bg-emerald-100 text-emerald-900',
  note: 'bg-violet-100 text-violet-900',
};

/** The annotations in document order, and those that lost their place, to be re-attached. */
export function AnnotationSidebar({ filters, annotations, activeId, canAnnotate, onSelect, onDelete }: Props) {
  const placed = annotations.filter((annotation) => annotation.state !== 'orphaned');
  const orphaned = annotations.filter((annotation) => annotation.state === 'orphaned');
  return (
    <aside className="flex flex-col gap-6 text-sm" aria-label="Annotations">
      <section>
        <h2 className="mb-2 font-medium text-muted">Annotations ({placed.length})</h2>
        <div className="mb-3">{filters}</div>
        {placed.length === 0 && <p className="text-muted">Select words in the text to mark a claim, a figure, a citation or a note.</p>}
        <ol className="flex flex-col gap-2" aria-label="Annotations in the text">
          {placed.map((annotation) => (
            <li key={annotation.id} id={`annotation-${annotation.id}`}>
              <button
                type="button"
                onClick={() => onSelect(annotation.id)}
                aria-current={annotation.id === activeId ? 'true' : undefined}
                className={cn('w-full rounded-lg border border-rule bg-white p-3 text-left hover:border-accent', annotation.id === activeId && 'border-accent ring-2 ring-accent/20')}
              >
                <span className={cn('rounded px-1.5 py-0.5 text-xs font-medium', KIND_CLASS[annotation.kind])}>{annotation.kind}</span>
                {annotation.visibility === 'private' && <span className="ml-2 text-xs text-muted">private</span>}
                <span className="mt-1 line-clamp-2 block font-reading">“{annotation.exact}”</span>
                {annotation.tags.length > 0 && (
                  <span className="mt-1 flex flex-wrap gap-1">
                    {annotation.tags.map((tag) => (
                      <span key={tag.id} className="rounded-full border border-rule px-1.5 text-xs">
                        <span aria-hidden className="mr-1 inline-block h-2 w-2 rounded-full" style={{ background: tag.color }} />
                        {tag.name}
                      </span>
                    ))}
                  </span>
                )}
                <span className="mt-1 block text-xs text-muted">{annotation.author?.name ?? annotation.author?.email ?? 'Former member'}</span>
              </button>
            </li>
          ))}
        </ol>
      </section>
      {orphaned.length > 0 && (
        <section className="rounded-lg border border-red-200 bg-red-50 p-3" aria-label="Orphaned annotations">
          <h2 className="mb-2 font-medium text-danger">Need attention ({orphaned.length})</h2>
          <p className="mb-2 text-xs text-muted">Their words changed too much to be found again. Re-attach them to a new selection, or delete them.</p>
          <ol className="flex flex-col gap-2">
            {orphaned.map((annotation) => (
              <li key={annotation.id} className="rounded border border-red-200 bg-white p-2">
                <span className="block font-reading line-through decoration-red-300">“{annotation.exact}”</span>
                {canAnnotate && (
                  <div className="mt-1 flex gap-1">
                    <Button variant="ghost" onClick={() => onSelect(annotation.id)}>
                      Re-attach to selection
                    </Button>
                    <Button variant="ghost" onClick={() => onDelete(annotation.id)}>
                      Delete
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
    </aside>
  );
}
