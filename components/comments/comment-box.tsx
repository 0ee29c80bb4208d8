'use client';

import { useId, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { encodeMentions, type MentionedMember } from '@/lib/comments/mentions';
import type { ActionResult } from '@/lib/errors';
import { COMMENT_MAX } from '@/lib/comments/limits';
import { displayName } from '@/lib/users/display-name';
import { useWorkspace, type WorkspaceMember } from '@/components/workspace/workspace-context';

/** `@` and what follows it up to the caret, when the caret ends a mention being typed. */
const MENTION_QUERY = /(?:^|\s)@([^\s@]{0,40})$/;

type Props = {
  label: string;
  submitLabel: string;
  initialText?: string;
  initialPicked?: MentionedMember[];
  onSubmit: (body: string) => Promise<ActionResult<unknown>>;
  onCancel?: () => void;
  autoFocus?: boolean;
};

/** A plain-text comment box; typing `@` offers the workspace's members, and a picked one is mentioned. */
export function CommentBox({ label, submitLabel, initialText = '', initialPicked = [], onSubmit, onCancel, autoFocus }: Props) {
  const id = useId();
  const { members } = useWorkspace();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(initialText);
  const [picked, setPicked] = useState<MentionedMember[]>(initialPicked);
  const [query, setQuery] = useState<{ at: number; text: string } | null>(null);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const needle = query?.text.toLowerCase() ?? '';
  const options = query
    ? members
        .filter((member) =>
          [member.name ?? '', member.email].some(
            (field) =>
              field
                .toLowerCase()
                .split(/\s+/)
                .some((word) => word.startsWith(needle)) || field.toLowerCase().startsWith(needle),
          ),
        )
        .slice(0, 8)
    : [];
  const open = options.length > 0;

  function track(value: string, caret: number) {
    const match = MENTION_QUERY.exec(value.slice(0, caret));
    setQuery(match ? { at: caret - match[1]!.length - 1, text: match[1]! } : null);
    setActive(0);
  }

  function pick(member: WorkspaceMember) {
    if (!query) return;
    const name = displayName(member);
    const caret = query.at + 1 + query.text.length;
    const next = `${text.slice(0, query.at)}@${name} ${text.slice(caret)}`;
    setText(next);
    setPicked((current) => [...current.filter((entry) => entry.id !== member.id), { id: member.id, name }]);
    setQuery(null);
    const position = query.at + name.length + 2;
    requestAnimationFrame(() => textarea.current?.setSelectionRange(position, position));
    textarea.current?.focus();
  }

  async function submit() {
    if (pending || !text.trim()) return;
    setPending(true);
    setError(null);
    const result = await onSubmit(encodeMentions(text, picked));
    setPending(false);
    if (!result.ok) return setError(result.error);
    setText('');
    setPicked([]);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLTextAreaElement>) {
    if (open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      setActive((index) => (index + (event.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length);
    } else if (open && (event.key === 'Enter' || event.key === 'Tab')) {
      event.preventDefault();
      pick(options[active]!);
    } else if (open && event.key === 'Escape') {
      event.preventDefault();
      setQuery(null);
    } else if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Escape' && onCancel) {
      onCancel();
    }
  }

  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={`${id}-text`} className="sr-only">
        {label}
      </label>
      <div className="relative">
        <textarea
          id={`${id}-text`}
          ref={textarea}
          value={text}
          rows={3}
          maxLength={COMMENT_MAX}
          autoFocus={autoFocus}
          placeholder="Write a comment; @ mentions a member"
          aria-controls={`${id}-members`}
          aria-autocomplete="list"
          aria-activedescendant={open ? `${id}-member-${active}` : undefined}
          className="w-full rounded-md border border-rule bg-white px-3 py-2 text-sm shadow-xs outline-none focus:border-accent focus:ring-2 focus:ring-accent/20"
          onChange={(event) => {
            setText(event.target.value);
            track(event.target.value, event.target.selectionStart);
          }}
          onSelect={(event) => track(event.currentTarget.value, event.currentTarget.selectionStart)}
          onBlur={() => setQuery(null)} // options pick on mousedown (default prevented), before any blur
          onKeyDown={onKeyDown}
        />
        <ul
          id={`${id}-members`}
          role="listbox"
          aria-label="Members to mention"
          hidden={!open}
          className="absolute left-0 z-20 mt-1 max-h-56 w-64 overflow-auto rounded-md border border-rule bg-white py-1 text-sm shadow-lg"
        >
          {options.map((member, index) => (
            <li
              key={member.id}
              id={`${id}-member-${index}`}
              role="option"
              aria-selected={index === active}
              className={`cursor-pointer px-3 py-1.5 ${index === active ? 'bg-amber-50 text-accent-strong' : ''}`}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(member);
              }}
            >
              {member.name ?? member.email}
              {member.name && <span className="ml-2 text-xs text-muted">{member.email}</span>}
            </li>
          ))}
        </ul>
      </div>
      {error && <Alert>{error}</Alert>}
      <div className="flex gap-2">
        <Button type="submit" disabled={pending || !text.trim()}>
          {pending ? 'Saving…' : submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
