'use client';

import { useState } from 'react';
import { useMutation } from '@/components/forms/use-mutation';
import { cn } from '@/components/ui/cn';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { createTagAction } from '@/lib/actions/tags';

export type PickerTag = { id: string; name: string; color: string };

const PALETTE = ['#d97706', '#2563eb', '#059669', '#7c3aed', '#dc2626', '#0891b2', '#65a30d', '#db2777'];

/** Type to find a tag of the vocabulary, click to (un)select it, or create it with a colour. */
export function TagPicker({
  tags,
  selected,
  onToggle,
  onCreated,
}: {
  tags: PickerTag[];
  selected: string[];
  onToggle: (id: string) => void;
  onCreated: (tag: PickerTag) => void;
}) {
  const workspace = useWorkspace().slug;
  const [query, setQuery] = useState('');
  const create = useMutation(createTagAction, {
    onSuccess: (tag) => {
      setQuery('');
      onCreated(tag);
    },
  });
  const name = query.trim();
  const shown = tags.filter((tag) => tag.name.toLowerCase().includes(name.toLowerCase())).slice(0, 8);
  const exists = tags.some((tag) => tag.name.toLowerCase() === name.toLowerCase());

  return (
    <div className="flex flex-col gap-1 px-1">
      <input
        aria-label="Tags"
        placeholder="Tags…"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        className="rounded border border-rule px-2 py-1 text-xs"
      />
      <div className="flex max-w-80 flex-wrap gap-1">
        {shown.map((tag) => (
          <button
            key={tag.id}
            type="button"
            aria-pressed={selected.includes(tag.id)}
            onClick={() => onToggle(tag.id)}
            className={cn('rounded-full border px-2 py-0.5 text-xs', selected.includes(tag.id) ? 'border-ink bg-stone-100' : 'border-rule')}
          >
            <span aria-hidden className="mr-1 inline-block h-2 w-2 rounded-full" style={{ background: tag.color }} />
            {tag.name}
          </button>
        ))}
        {name && !exists && (
          <button
            type="button"
            onClick={() => void create.run({ workspace, name, color: PALETTE[tags.length % PALETTE.length]! })}
            disabled={create.pending}
            className="rounded-full border border-dashed border-rule px-2 py-0.5 text-xs"
          >
            New tag “{name}”
          </button>
        )}
      </div>
      {create.error && <p className="text-xs text-danger">{create.error}</p>}
    </div>
  );
}
