import { Mapping } from '@tiptap/pm/transform';
import { describe, expect, it } from 'vitest';
import { editorStateOf, offsetsOf } from '@/tests/support/editor-state';
import { offsetToPosition } from '@/lib/text-model';
import { mapAnchors } from './map-anchors';

const TEXT = 'North Korea has shipped over 16,500 containers of munitions.\n\nA South Korean firm is bidding to build four submarines.';
const FIGURE = { id: 'figure', ...offsetsOf(TEXT, '16,500') };
const SUBMARINES = { id: 'submarines', ...offsetsOf(TEXT, 'four submarines') };
const at = (offset: number) => offsetToPosition(offset);

/** The state's text after `edit`, and where the annotations went. */
function edit(change: (tr: ReturnType<typeof editorStateOf>['tr']) => void) {
  const state = editorStateOf(TEXT);
  const tr = state.tr;
  change(tr);
  const text = tr.doc.textBetween(0, tr.doc.content.size, '\n\n');
  const mapped = mapAnchors(tr.mapping, [FIGURE, SUBMARINES]);
  const words = (id: string) => {
    const anchor = mapped.find((candidate) => candidate.annotationId === id)!;
    return anchor.start === null || anchor.end === null ? null : text.slice(anchor.start, anchor.end);
  };
  return { text, mapped, words };
}

describe('mapAnchors', () => {
  it('leaves annotations alone when nothing changed', () => {
    expect(edit(() => {}).mapped).toEqual([
      { annotationId: 'figure', start: FIGURE.start, end: FIGURE.end },
      { annotationId: 'submarines', start: SUBMARINES.start, end: SUBMARINES.end },
    ]);
  });

  it('moves an annotation by the length of text inserted before it', () => {
    const { mapped, words } = edit((tr) => tr.insertText('Mr ', at(0)));
    expect(mapped[0]).toEqual({ annotationId: 'figure', start: FIGURE.start + 3, end: FIGURE.end + 3 });
    expect(words('figure')).toBe('16,500');
    expect(words('submarines')).toBe('four submarines');
  });

  it('does not move an annotation for text inserted after it', () => {
    const { mapped } = edit((tr) => tr.insertText(' large', at(offsetsOf(TEXT, 'containers').end)));
    expect(mapped[0]).toEqual({ annotationId: 'figure', start: FIGURE.start, end: FIGURE.end });
    expect(mapped[1]).toEqual({ annotationId: 'submarines', start: SUBMARINES.start + 6, end: SUBMARINES.end + 6 });
  });

  it('grows an annotation by text inserted inside it', () => {
    const { mapped, words } = edit((tr) => tr.insertText(' new', at(offsetsOf(TEXT, 'four').end)));
    expect(mapped[1]).toEqual({ annotationId: 'submarines', start: SUBMARINES.start, end: SUBMARINES.end + 4 });
    expect(words('submarines')).toBe('four new submarines');
  });

  it('leaves text typed at either edge of an annotation outside it', () => {
    const before = edit((tr) => tr.insertText('about ', at(FIGURE.start)));
    expect(before.words('figure')).toBe('16,500');
    expect(before.mapped[0]).toEqual({ annotationId: 'figure', start: FIGURE.start + 6, end: FIGURE.end + 6 });
    const after = edit((tr) => tr.insertText('+', at(FIGURE.end)));
    expect(after.words('figure')).toBe('16,500');
    expect(after.mapped[0]).toEqual({ annotationId: 'figure', start: FIGURE.start, end: FIGURE.end });
  });

  it('moves an annotation back by the length of text deleted before it', () => {
    const deleted = offsetsOf(TEXT, 'North ');
    const { mapped, words } = edit((tr) => tr.delete(at(deleted.start), at(deleted.end)));
    expect(mapped[0]).toEqual({ annotationId: 'figure', start: FIGURE.start - 6, end: FIGURE.end - 6 });
    expect(words('figure')).toBe('16,500');
  });

  it('shrinks an annotation by text deleted inside it', () => {
    const deleted = offsetsOf(TEXT, 'four ');
    const { mapped, words } = edit((tr) => tr.delete(at(deleted.start), at(deleted.end)));
    expect(mapped[1]).toEqual({ annotationId: 'submarines', start: SUBMARINES.start, end: SUBMARINES.end - 5 });
    expect(words('submarines')).toBe('submarines');
  });

  it('keeps the surviving words of an annotation whose start was deleted with the text before it', () => {
    const deleted = offsetsOf(TEXT, 'build four ');
    const { mapped, words } = edit((tr) => tr.delete(at(deleted.start), at(deleted.end)));
    expect(mapped[1]).toEqual({ annotationId: 'submarines', start: deleted.start, end: SUBMARINES.end - deleted.end + deleted.start });
    expect(words('submarines')).toBe('submarines');
  });

  it('gives no place to an annotation whose words were all deleted', () => {
    const deleted = offsetsOf(TEXT, 'over 16,500 containers');
    const { mapped, words } = edit((tr) => tr.delete(at(deleted.start), at(deleted.end)));
    expect(mapped[0]).toEqual({ annotationId: 'figure', start: null, end: null });
    expect(words('submarines')).toBe('four submarines');
  });

  it('keeps an annotation on the words that replaced exactly its own', () => {
    const { mapped, words } = edit((tr) => tr.insertText('17,000', at(FIGURE.start), at(FIGURE.end)));
    expect(mapped[0]).toEqual({ annotationId: 'figure', start: FIGURE.start, end: FIGURE.end });
    expect(words('figure')).toBe('17,000');
  });

  it('counts a new paragraph before an annotation as the blank line it is in the plain text', () => {
    const { text, mapped, words } = edit((tr) => tr.split(at(offsetsOf(TEXT, 'North Korea').end)));
    expect(text.startsWith('North Korea\n\n has shipped')).toBe(true);
    expect(mapped[0]).toEqual({ annotationId: 'figure', start: FIGURE.start + 2, end: FIGURE.end + 2 });
    expect(words('figure')).toBe('16,500');
  });

  it('maps through several edits one after another', () => {
    const state = editorStateOf(TEXT);
    const first = state.tr.insertText('Mr ', at(0));
    const second = state.apply(first).tr.insertText(' new', at(offsetsOf(TEXT, 'four').end + 3));
    const mapping = new Mapping();
    mapping.appendMapping(first.mapping);
    mapping.appendMapping(second.mapping);
    expect(mapAnchors(mapping, [SUBMARINES])).toEqual([
      { annotationId: 'submarines', start: SUBMARINES.start + 3, end: SUBMARINES.end + 7 },
    ]);
  });

  it('leaves out orphans, which have no place to map', () => {
    expect(mapAnchors(new Mapping(), [{ id: 'orphan', start: null, end: null }, FIGURE])).toEqual([
      { annotationId: 'figure', start: FIGURE.start, end: FIGURE.end },
    ]);
  });
});
