'use client';

import { useState } from 'react';
import type { useFormMutation } from '@/components/forms/use-form-mutation';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useWorkspace } from '@/components/workspace/workspace-context';

type Option = { value: string; label: string };
type FormMutation = Pick<ReturnType<typeof useFormMutation>, 'formAction'>;
type Props = {
  tag: { id: string; version: number; name: string; usage: number };
  options: Option[];
  merge: FormMutation;
  remove: FormMutation;
};

const annotations = (count: number) => `${count} ${count === 1 ? 'annotation' : 'annotations'}`;
/** An option's tag name without the nesting dashes. */
const nameOf = (option: Option | undefined) => option?.label.replace(/^(— )+/, '') ?? '';

/** Merge into another tag and delete: both say what they will do and wait for a yes. */
export function TagRowActions({ tag, options, merge, remove }: Props) {
  const workspace = useWorkspace().slug;
  const [target, setTarget] = useState(options[0]?.value ?? '');
  const [asking, setAsking] = useState<'merge' | 'delete' | null>(null);
  const targetName = nameOf(options.find((option) => option.value === target));
  const cancel = (
    <Button type="button" variant="ghost" onClick={() => setAsking(null)}>
      Cancel
    </Button>
  );
  const question = (text: string, yes: React.ReactNode) => (
    <span role="group" aria-label={`Confirm: ${text}`} className="flex w-full flex-wrap items-center gap-2 text-sm">
      <span>{text}</span>
      {yes}
      {cancel}
    </span>
  );
  return (
    <>
      {options.length > 0 && (
        <form action={merge.formAction} className="flex flex-wrap items-center gap-1">
          <input type="hidden" name="workspace" value={workspace} />
          <input type="hidden" name="sourceTagId" value={tag.id} />
          <input type="hidden" name="sourceVersion" value={tag.version} />
          <SelectField
            id={`merge-${tag.id}`}
            label={`Merge ${tag.name} into`}
            hideLabel
            name="targetTagId"
            options={options}
            value={target}
            onChange={(event) => setTarget(event.target.value)}
          />
          {asking === 'merge' ? (
            question(
              `Merge “${tag.name}” into “${targetName}”: ${annotations(tag.usage)} will be retagged and “${tag.name}” removed.`,
              <SubmitButton pendingLabel="Merging…">Yes, merge</SubmitButton>,
            )
          ) : (
            <Button type="button" variant="ghost" onClick={() => setAsking('merge')}>
              Merge…
            </Button>
          )}
        </form>
      )}
      <form action={remove.formAction} className="flex flex-wrap items-center gap-1">
        <input type="hidden" name="workspace" value={workspace} />
        <input type="hidden" name="tagId" value={tag.id} />
        <input type="hidden" name="version" value={tag.version} />
        {asking === 'delete' ? (
          question(
            `Delete “${tag.name}”: it comes off ${annotations(tag.usage)}; tags inside it move up a level.`,
            <SubmitButton pendingLabel="Deleting…">Yes, delete</SubmitButton>,
          )
        ) : (
          <Button type="button" variant="ghost" aria-label={`Delete ${tag.name}`} onClick={() => setAsking('delete')}>
            Delete…
          </Button>
        )}
      </form>
    </>
  );
}
