'use client';

import { useState } from 'react';
import { StaleNotice } from '@/components/forms/stale-notice';
import { useFormMutation } from '@/components/forms/use-form-mutation';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { TagRowActions } from './tag-row-actions';
import { createTagAction, deleteTagAction, mergeTagsAction, updateTagAction } from '@/lib/actions/tags';

type Option = { value: string; label: string };
type Tag = { id: string; version: number; name: string; color: string; parentId: string | null; usage: number; depth: number };
const NO_PARENT = { value: '', label: 'No parent' };

export function NewTagForm({ parents }: { parents: Option[] }) {
  const workspace = useWorkspace().slug;
  const form = useFormMutation(createTagAction);
  const errors = form.fieldErrors;
  const error = form.formError;
  return (
    <form action={form.formAction} className="mt-6 flex flex-wrap items-end gap-3" noValidate>
      <input type="hidden" name="workspace" value={workspace} />
      <Field id="new-tag-name" label="New tag" name="name" className="flex-1" errors={errors.name} />
      <Field id="new-tag-color" label="Colour" name="color" type="color" defaultValue="#d97706" className="w-20" errors={errors.color} />
      <SelectField id="new-tag-parent" label="Inside" name="parentId" options={[NO_PARENT, ...parents]} />
      <SubmitButton pendingLabel="Adding…">Add tag</SubmitButton>
      {error && <Alert className="w-full">{error}</Alert>}
    </form>
  );
}

export function TagRow({ tag, options }: { tag: Tag; options: Option[] }) {
  const { slug: workspace, can } = useWorkspace();
  const canManage = can('tags.manage');
  const [editing, setEditing] = useState(false);
  const edit = useFormMutation(updateTagAction, { version: tag.version, onSuccess: () => setEditing(false) });
  // Merging or deleting a tag someone changed meanwhile is refused too: the row shows the change.
  const merge = useFormMutation(mergeTagsAction, { version: tag.version, versionField: 'sourceVersion' });
  const remove = useFormMutation(deleteTagAction, { version: tag.version });
  const error = (edit.staleFrom === null ? edit.formError : null) ?? merge.formError ?? remove.formError;
  const parentName = options.find((option) => option.value === tag.parentId)?.label.replace(/^(— )+/, '') ?? 'No parent';
  return (
    <li className="px-5 py-3 text-sm" aria-label={tag.name}>
      <div className="flex flex-wrap items-center justify-between gap-3" style={{ paddingLeft: `${tag.depth * 1.25}rem` }}>
        <span className="flex items-center gap-2">
          <span aria-hidden className="inline-block h-3 w-3 rounded-full" style={{ background: tag.color }} />
          <span className="font-medium">{tag.name}</span>
          <span className="text-muted" data-testid="tag-usage">
            {tag.usage} {tag.usage === 1 ? 'use' : 'uses'}
          </span>
        </span>
        {canManage && !editing && (
          <span className="flex items-center gap-1">
            <Button
              variant="ghost"
              onClick={() => {
                edit.pin();
                setEditing(true);
              }}
            >
              Edit
            </Button>
            <TagRowActions tag={tag} options={options} merge={merge} remove={remove} />
          </span>
        )}
      </div>
      {editing && (
        <form key={edit.formKey} action={edit.formAction} onChange={edit.pin} className="mt-3 flex flex-wrap items-end gap-3" noValidate>
          <input type="hidden" name="workspace" value={workspace} />
          <input type="hidden" name="tagId" value={tag.id} />
          <input type="hidden" name="version" value={edit.baseVersion} />
          <Field
            id={`name-${tag.id}`}
            label="Name"
            name="name"
            defaultValue={edit.typed('name', tag.name)}
            className="flex-1"
            errors={edit.fieldErrors.name}
          />
          <Field
            id={`color-${tag.id}`}
            label="Colour"
            name="color"
            type="color"
            defaultValue={edit.typed('color', tag.color)}
            className="w-20"
          />
          <SelectField
            id={`parent-${tag.id}`}
            label="Inside"
            name="parentId"
            defaultValue={edit.typed('parentId', tag.parentId ?? '')}
            options={[NO_PARENT, ...options]}
          />
          {edit.staleFrom === null && <SubmitButton pendingLabel="Saving…">Save</SubmitButton>}
          <Button
            variant="ghost"
            onClick={() => {
              edit.reset();
              setEditing(false);
            }}
          >
            Cancel
          </Button>
          <StaleNotice
            className="w-full"
            staleFrom={edit.staleFrom}
            currentVersion={tag.version}
            fields={[
              { label: 'Name', value: tag.name },
              { label: 'Colour', value: tag.color },
              { label: 'Inside', value: parentName },
            ]}
          />
        </form>
      )}
      {error && <Alert className="mt-2">{error}</Alert>}
    </li>
  );
}
