import { cn } from '@/components/ui/cn';

/** An annotation's tags as small coloured chips. */
export function TagChips({ tags, className }: { tags: { id: string; name: string; color: string }[]; className?: string }) {
  if (tags.length === 0) return null;
  return (
    <span className={cn('flex flex-wrap gap-1', className)}>
      {tags.map((tag) => (
        <span key={tag.id} className="rounded-full border border-rule px-1.5">
          <span aria-hidden className="mr-1 inline-block h-2 w-2 rounded-full" style={{ background: tag.color }} />
          {tag.name}
        </span>
      ))}
    </span>
  );
}
