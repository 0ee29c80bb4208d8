'use client';

import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { DocumentText } from '@/components/document/document-text';
import { AnnotationHighlights, highlightsKey, REPAINT, toHighlights } from '@/components/editor/annotation-highlights';
import '@/components/editor/document-view.css';
import { OffscreenText } from '@/components/editor/offscreen-text';
import { documentExtensions } from '@/components/editor/extensions';
import { isLocked, ReadOnlyText, REPLACE_TEXT, setLocked } from '@/components/editor/read-only-text';
import { RemoteSelections } from '@/components/editor/remote-selections';
import { usePresenceReporter } from '@/components/live/use-presence-reporter';
import { useRemoteSelections } from '@/components/live/use-remote-selections';
import { SuggestionHighlights } from '@/components/editor/suggestion-highlights';
import { useFormMutation } from '@/components/forms/use-form-mutation';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { TiptapDoc } from '@/lib/text-model';
import { useEditMapping } from '@/components/editor/use-edit-mapping';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { versionNoticeText } from '@/lib/annotations/version-notice';
import { unpackAnnotations, type PackedAnnotations } from '@/lib/annotations/packed-annotations';
import { saveVersionAction } from '@/lib/actions/documents';
import { Annotator, type ViewAnnotation } from './annotator';
import { KeyboardShortcuts } from './keyboard-shortcuts';
import type { ComponentProps } from 'react';
import type { PickerTag } from './tag-picker';

type Props = {
  documentId: string;
  versionId: string;
  versionNumber: number;
  content: TiptapDoc;
  /** Packed (each author and tag once): 5,000 annotations sent whole made most of the page. */
  annotations: PackedAnnotations;
  tags: PickerTag[];
  /** Shown at the start of the row above the text (the highlight legend), so the text starts higher. */
  aside?: React.ReactNode;
} & Pick<ComponentProps<typeof Annotator>, 'initialActiveId'>;

/** The text in tiptap: read-only, or — for editors — editable, saved as a new version. */
export function DocumentEditor({
  documentId,
  versionId,
  versionNumber,
  content,
  annotations: packed,
  tags,
  initialActiveId,
  aside,
}: Props) {
  const { slug: workspace, viewer, can } = useWorkspace();
  const canEdit = can('document.edit');
  const latestAnnotations = useMemo(() => unpackAnnotations(packed), [packed]);
  const [editing, setEditing] = useState(false);
  // While editing, the version the edit started from and its annotations stay in the editor even
  // if someone saves a newer version meanwhile (live updates): the edit is not wiped, and saving
  // it is refused as stale (baseVersionId) instead of overwriting theirs.
  const [base, setBase] = useState<{ versionId: string; annotations: ViewAnnotation[] } | null>(null);
  const annotations = base?.annotations ?? latestAnnotations;
  const isStale = !!base && base.versionId !== versionId;
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const [isDirty, setDirty] = useState(false);
  // The first render draws the text with its highlights at once (the filters start empty).
  const [initialHighlights] = useState(() => toHighlights(annotations));
  const editor = useEditor({
    extensions: [
      ...documentExtensions,
      AnnotationHighlights.configure({ initial: initialHighlights }),
      OffscreenText,
      SuggestionHighlights,
      RemoteSelections,
      ReadOnlyText,
    ],
    content,
    // Always contenteditable, so the text is a tab stop with a caret and Shift+arrows select;
    // ReadOnlyText refuses every change of it until "Edit text" unlocks it.
    editable: true,
    // Each block's direction comes from its own first strong character (dir="auto"): Arabic or
    // Hebrew paragraphs read right to left. Only an attribute: the text and its offsets are unchanged.
    textDirection: 'auto',
    immediatelyRender: false,
    editorProps: { attributes: { 'aria-label': 'Document text', 'data-testid': 'document-editor' } },
    // Serialising 500 KB of text on every keystroke would make typing lag: only note that it changed.
    onUpdate: ({ editor: changed }) => {
      if (!isLocked(changed.state)) setDirty(true);
    },
  });
  const mapAnnotations = useEditMapping(editor, editing);
  const stopEditing = () => {
    setDirty(false);
    setEditing(false);
    setBase(null);
  };
  const form = useFormMutation(saveVersionAction, { onSuccess: stopEditing });
  usePresenceReporter(editor, { versionId: base?.versionId ?? versionId, enabled: !editing });
  useRemoteSelections(editor, { versionId, viewerId: viewer.id, enabled: !editing });
  // The text and where each annotation went are serialised once, when saving.
  const save = (formData: FormData) => {
    if (!editor) return;
    formData.set('content', JSON.stringify(editor.getJSON()));
    formData.set('anchors', JSON.stringify(mapAnnotations(annotations)));
    return form.formAction(formData);
  };
  const saved = form.result?.ok ? form.result.data : null;
  // A version that replaced the text being read (not one saved here, which says so itself):
  // the reader is told rather than left to notice.
  const [arrived, setArrived] = useState({ versionId, notice: null as number | null });
  if (!editing && arrived.versionId !== versionId) setArrived({ versionId, notice: saved?.id === versionId ? null : versionNumber });

  // A new version arrived (saved here or by someone else): show it. Keyed on the version, not on
  // the content object, which is new on every refresh and would wipe an edit in progress. The
  // version the editor was created with is already shown: replacing 500 KB by itself is not free.
  const shownVersion = useRef(versionId);
  useEffect(() => {
    if (!editor || editing || shownVersion.current === versionId) return;
    shownVersion.current = versionId;
    editor.chain().setMeta(REPLACE_TEXT, true).setContent(content).run();
    editor.view.dispatch(editor.state.tr.setMeta(highlightsKey, REPAINT));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, versionId, editing]);
  useEffect(() => {
    if (!editor) return;
    if (isLocked(editor.state) === editing) editor.view.dispatch(setLocked(editor.state, !editing));
    if (editing) editor.commands.focus();
  }, [editor, editing]);

  const cancel = () => {
    editor?.chain().setMeta(REPLACE_TEXT, true).setContent(content).run();
    editor?.view.dispatch(editor.state.tr.setMeta(highlightsKey, REPAINT));
    shownVersion.current = versionId;
    stopEditing();
  };
  const error = form.formError;

  return (
    <div>
      {editing && aside && <div className="mb-4">{aside}</div>}
      {!editing && (
        <div className="mb-5 flex flex-wrap items-center justify-end gap-2">
          {aside && <div className="mr-auto min-w-0">{aside}</div>}
          <KeyboardShortcuts />
          {canEdit && editor && (
            <Button
              variant="secondary"
              onClick={() => {
                setBase({ versionId, annotations: latestAnnotations });
                setEditing(true);
              }}
            >
              Edit text
            </Button>
          )}
        </div>
      )}
      {editing && (
        <form
          action={save}
          className="sticky top-0 z-10 mb-6 flex flex-col gap-3 rounded-lg border border-rule bg-white/95 p-4 shadow-sm backdrop-blur sm:flex-row sm:items-end"
          noValidate
        >
          <input type="hidden" name="workspace" value={workspace} />
          <input type="hidden" name="documentId" value={documentId} />
          <input type="hidden" name="baseVersionId" value={base?.versionId ?? versionId} />
          <Field
            label="What did you change?"
            name="summary"
            placeholder="e.g. Corrected “Kim Jong Il”"
            className="flex-1"
            errors={form.fieldErrors.summary}
          />
          <SubmitButton disabled={!isDirty} pendingLabel="Saving…">
            Save as version {versionNumber + 1}
          </SubmitButton>
          <Button type="button" variant="ghost" onClick={cancel}>
            Cancel
          </Button>
        </form>
      )}
      {editing && isStale && (
        <Alert tone="info" className="mb-4">
          A newer version {versionNumber} was saved while you were editing. Saving yours will be refused: copy your change, cancel to see
          version {versionNumber}, and make it again there.
        </Alert>
      )}
      {error && <Alert className="mb-4">{error}</Alert>}
      {arrived.notice !== null && !editing && (
        <Alert tone="info" className="mb-4">
          Now showing version {arrived.notice}, saved meanwhile.
        </Alert>
      )}
      {saved && saved.id === versionId && !editing && (
        <Alert tone="info" className="mb-4">
          {versionNoticeText(saved.number, saved.annotations)}
        </Alert>
      )}
      <div ref={setContainer} className="relative">
        {editor ? <EditorContent editor={editor} className="document-prose" /> : <DocumentText doc={content} />}
        <Annotator
          editor={editor}
          container={container}
          documentId={documentId}
          versionId={versionId}
          annotations={annotations}
          tags={tags}
          isEditing={editing}
          initialActiveId={initialActiveId}
        />
      </div>
    </div>
  );
}
