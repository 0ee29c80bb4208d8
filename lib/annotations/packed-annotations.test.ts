import { describe, expect, it } from 'vitest';
import { packAnnotations, QUOTE_SENT, unpackAnnotations } from './packed-annotations';

const ada = { id: 'u1', name: 'Ada', email: 'ada@example.test' };
const red = { id: 't1', name: 'Checked', color: '#dc2626' };
const blue = { id: 't2', name: 'Disputed', color: '#2563eb' };
const long = 'word '.repeat(100);

const annotations = [
  {
    id: 'a1',
    version: 2,
    kind: 'claim',
    visibility: 'shared',
    state: 'anchored',
    start: 0,
    end: 500,
    exact: long,
    author: { ...ada },
    tags: [{ ...red }, { ...blue }],
    claim: { id: 'c1' },
    source: null,
  },
  {
    id: 'a2',
    version: 1,
    kind: 'citation',
    visibility: 'private',
    state: 'anchored',
    start: 3,
    end: 9,
    exact: 'd word',
    author: { ...ada },
    tags: [{ ...blue }],
    claim: null,
    source: { id: 's1', url: 'https://example.test/a', domain: 'example.test' },
  },
  {
    id: 'a3',
    version: 1,
    kind: 'note',
    visibility: 'shared',
    state: 'orphaned',
    start: null,
    end: null,
    exact: long,
    author: null,
    tags: [],
    claim: null,
    source: null,
  },
];

describe('packAnnotations', () => {
  it('sends each author and tag once, and unpacks to what the page shows', () => {
    const packed = packAnnotations(annotations);
    expect(packed.authors).toEqual([ada]);
    expect(packed.tags).toEqual([red, blue]);
    const [first, second, third] = unpackAnnotations(JSON.parse(JSON.stringify(packed)) as typeof packed);
    expect(first).toEqual({ ...annotations[0], exact: long.slice(0, QUOTE_SENT) });
    expect(second).toEqual(annotations[1]);
    expect(third).toEqual(annotations[2]);
  });

  it('leaves out what the page does not show up front', () => {
    const withMore = annotations.map((annotation) => ({
      ...annotation,
      createdAt: new Date(),
      claim: annotation.claim && { ...annotation.claim, status: 'open', verdict: null },
    }));
    const text = JSON.stringify(packAnnotations(withMore));
    expect(text).not.toContain('createdAt');
    expect(text).not.toContain('open');
    expect(text.split(ada.email)).toHaveLength(2);
  });
});
