'use client';

import { Dialog } from 'radix-ui';
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';

type Shortcut = { keys: string[]; what: string };

/** Every key the document page answers to (docs/GUIDE.md lists the same). */
export const SHORTCUT_GROUPS: { title: string; shortcuts: Shortcut[] }[] = [
  {
    title: 'In the text',
    shortcuts: [
      { keys: ['Tab'], what: 'Reach the text: a caret shows where you are' },
      { keys: ['←', '→', '↑', '↓', 'Home', 'End', 'Page Up', 'Page Down'], what: 'Move the caret' },
      { keys: ['Ctrl + ←', 'Ctrl + →'], what: 'Move by word (Option on a Mac)' },
      { keys: ['Shift + arrows'], what: 'Select words from the caret (with Ctrl or Option: word by word)' },
      { keys: ['A'], what: 'Annotate the selected words: opens the annotation popover, focus in it' },
    ],
  },
  {
    title: 'In the annotation popover',
    shortcuts: [
      { keys: ['C'], what: 'Mark a claim' },
      { keys: ['F'], what: 'Mark a figure' },
      { keys: ['I'], what: 'Mark a citation' },
      { keys: ['N'], what: 'Mark a note' },
      { keys: ['Tab', 'Shift + Tab'], what: 'Move between the kinds, the tags and “Private note”' },
      { keys: ['Escape'], what: 'Close it: the focus goes back to the text, the words still selected' },
    ],
  },
  {
    title: 'In the list of annotations',
    shortcuts: [
      { keys: ['↑', '↓', 'Page Up', 'Page Down', 'Home', 'End'], what: 'Move through the annotations; each one is shown in the text' },
      { keys: ['Enter'], what: 'Open the annotation (its claim and discussion)' },
      { keys: ['Escape'], what: 'Stop showing it in the text' },
    ],
  },
  {
    title: 'In a comment',
    shortcuts: [
      { keys: ['Ctrl + Enter', '⌘ + Enter'], what: 'Send the comment' },
      { keys: ['@'], what: 'Mention a member: ↑ and ↓ choose, Enter or Tab takes them, Escape closes the list' },
      { keys: ['Escape'], what: 'Cancel a reply or an edit' },
    ],
  },
  {
    title: 'Anywhere on the page',
    shortcuts: [{ keys: ['?'], what: 'Show this list' }],
  },
];

/** A key press that is typing: in a field, or in the text while it is being edited. */
function isTyping(target: EventTarget | null) {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('input, textarea, select')) return true;
  const editable = target.closest<HTMLElement>('[contenteditable="true"]');
  return !!editable && editable.getAttribute('aria-readonly') !== 'true';
}

/** The “Shortcuts” button, and ? anywhere on the page: a dialog listing every key. */
export function KeyboardShortcuts() {
  const [open, setOpen] = useState(false);
  // Opened with ?, the dialog gives the focus back to where it was (the text, with its caret) when it closes.
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      returnTo.current =
        document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        if (next) returnTo.current = null;
        setOpen(next);
      }}
    >
      <Dialog.Trigger asChild>
        <Button variant="ghost" aria-keyshortcuts="?" title="Keyboard shortcuts (?)">
          Shortcuts
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-stone-900/30" />
        <Dialog.Content
          className="fixed top-1/2 left-1/2 z-50 max-h-[85vh] w-[min(40rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-xl border border-rule bg-white p-6 shadow-xl"
          onCloseAutoFocus={(event) => {
            const target = returnTo.current;
            returnTo.current = null;
            if (!target?.isConnected) return;
            event.preventDefault();
            target.focus({ preventScroll: true });
          }}
        >
          <div className="flex items-start justify-between gap-4">
            <Dialog.Title className="text-lg font-semibold">Keyboard shortcuts</Dialog.Title>
            <Dialog.Close asChild>
              <Button variant="ghost" className="px-2 py-1 text-xs">
                Close
              </Button>
            </Dialog.Close>
          </div>
          <Dialog.Description className="mt-1 text-sm text-muted">
            The document page can be used without a mouse. Keys in the text work while it is read, not while it is being edited.
          </Dialog.Description>
          {SHORTCUT_GROUPS.map((group) => (
            <section key={group.title} className="mt-5">
              <h3 className="text-xs font-semibold tracking-wide text-muted uppercase">{group.title}</h3>
              <dl className="mt-2 divide-y divide-rule text-sm">
                {group.shortcuts.map((shortcut) => (
                  <div key={shortcut.what} className="flex items-baseline justify-between gap-4 py-1.5">
                    <dt className="flex flex-wrap gap-1">
                      {shortcut.keys.map((key) => (
                        <kbd key={key} className="rounded border border-rule bg-stone-50 px-1.5 py-0.5 font-sans text-xs">
                          {key}
                        </kbd>
                      ))}
                    </dt>
                    <dd className="text-end">{shortcut.what}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
