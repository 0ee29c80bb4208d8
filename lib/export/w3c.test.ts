import { describe as group, expect, it } from 'vitest';
import { anchor, describe } from '@/lib/anchoring';
import { parseW3cAnnotations, toW3cAnnotation, toW3cCollection, type TW3cAnnotationInput } from './w3c';
import { MAX_W3C_CONTEXT, MAX_W3C_QUOTE } from './w3c-parse';

const text = 'Poland signed a record $14 billion deal in 2022. South Korea delivered over 16,500 containers of munitions.';
const options = { baseUrl: 'https://margin.test/' };

function input(overrides: Partial<TW3cAnnotationInput> & { start: number; end: number }): TW3cAnnotationInput {
  const [{ exact, prefix, suffix }] = describe(text, overrides.start, overrides.end);
  return {
    id: 'ann1',
    workspaceSlug: 'desk',
    documentId: 'doc1',
    kind: 'note',
    quote: { exact, prefix, suffix },
    position: { start: overrides.start, end: overrides.end },
    createdAt: new Date('2026-01-02T03:04:05Z'),
    updatedAt: '2026-01-03T00:00:00.000Z',
    author: { name: 'Ana' },
    tags: [],
    ...overrides,
  };
}

const figureAt = text.indexOf('over 16,500 containers');
const figure = input({
  id: 'fig',
  kind: 'figure',
  start: figureAt,
  end: figureAt + 'over 16,500 containers'.length,
  tags: ['Defence', 'Korea'],
  comments: [
    { id: 'k2', parentId: 'k1', body: 'MND report', createdAt: '2026-01-02T06:00:00Z', author: null },
    { id: 'k1', parentId: null, body: 'Source?', createdAt: '2026-01-02T05:00:00Z', author: { name: 'Ben', nickname: 'ben' } },
  ],
  claim: {
    statement: 'South Korea delivered over 16,500 containers',
    status: 'proposed',
    verdict: 'verified',
    rationale: 'MND',
    figureValue: '16500',
    figureUnit: 'containers',
    figureCurrency: null,
  },
});

group('toW3cAnnotation', () => {
  it('writes a W3C Web Annotation with both selectors and bodies for kind, tags, comments and claim fields', () => {
    const annotation = toW3cAnnotation(figure, options);
    expect(annotation).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://margin.test/w/desk/documents/doc1?annotation=fig',
      type: 'Annotation',
      motivation: 'assessing',
      created: '2026-01-02T03:04:05.000Z',
      modified: '2026-01-03T00:00:00.000Z',
      creator: { type: 'Person', name: 'Ana' },
      target: {
        source: 'https://margin.test/w/desk/documents/doc1',
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: 'over 16,500 containers',
            prefix: '$14 billion deal in 2022. South Korea delivered ',
            suffix: ' of munitions.',
          },
          { type: 'TextPositionSelector', start: figureAt, end: figureAt + 22 },
        ],
      },
    });
    expect(annotation.body).toEqual([
      { type: 'TextualBody', purpose: 'classifying', value: 'figure', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'Defence', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'Korea', format: 'text/plain' },
      {
        type: 'TextualBody',
        purpose: 'commenting',
        value: 'Source?',
        format: 'text/plain',
        created: '2026-01-02T05:00:00.000Z',
        creator: { type: 'Person', name: 'Ben', nickname: 'ben' },
      },
      {
        type: 'TextualBody',
        purpose: 'replying',
        value: 'MND report',
        format: 'text/plain',
        created: '2026-01-02T06:00:00.000Z',
      },
      {
        type: 'TextualBody',
        purpose: 'describing',
        'schema:name': 'statement',
        value: 'South Korea delivered over 16,500 containers',
        format: 'text/plain',
      },
      { type: 'TextualBody', purpose: 'assessing', 'schema:name': 'status', value: 'proposed', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'assessing', 'schema:name': 'verdict', value: 'verified', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'assessing', 'schema:name': 'rationale', value: 'MND', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'describing', 'schema:name': 'figureValue', value: '16500', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'describing', 'schema:name': 'figureUnit', value: 'containers', format: 'text/plain' },
    ]);
  });

  it('links a citation made from an imported link to the page it cites, and reads back as a citation', () => {
    const citation = toW3cAnnotation({ ...input({ start: 0, end: 6 }), kind: 'citation', citedUrl: 'https://example.org/audit' }, options);
    expect(citation.motivation).toBe('linking');
    expect(citation.body).toContainEqual({ id: 'https://example.org/audit', purpose: 'linking' });
    expect(parseW3cAnnotations(JSON.parse(JSON.stringify(citation)))).toMatchObject({ ok: true, annotations: [{ kind: 'citation' }] });
  });

  it('targets the origin URL when there is one, leaves the position out for an orphan, and maps motivations', () => {
    const orphan = toW3cAnnotation(
      input({ start: 0, end: 6, kind: 'citation', originUrl: 'https://news.example/a', position: null }),
      options,
    );
    expect(orphan.target).toEqual({
      source: 'https://news.example/a',
      selector: [{ type: 'TextQuoteSelector', exact: 'Poland', prefix: '', suffix: text.slice(6, 54) }],
    });
    expect(orphan.motivation).toBe('linking');
    expect(toW3cAnnotation(input({ start: 0, end: 6 }), options).motivation).toBe('commenting');
    expect(toW3cAnnotation(input({ start: 0, end: 6, kind: 'claim' }), options).motivation).toBe('assessing');
  });

  it('wraps a file in an AnnotationCollection with an id, a total and one page that is part of it; an empty one has no page', () => {
    const items = [toW3cAnnotation(figure, options)];
    expect(toW3cCollection(items, { id: 'https://margin.test/x', label: 'Doc' })).toEqual({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://margin.test/x',
      type: 'AnnotationCollection',
      label: 'Doc',
      total: 1,
      first: { id: 'https://margin.test/x#page1', type: 'AnnotationPage', partOf: 'https://margin.test/x', startIndex: 0, items },
      last: 'https://margin.test/x#page1',
    });
    expect(toW3cCollection([], { id: 'https://margin.test/x' })).toEqual({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://margin.test/x',
      type: 'AnnotationCollection',
      total: 0,
    });
  });

  it('says who made it (name, nickname) and with what, gives every body its format, and marks a private note', () => {
    const note = toW3cAnnotation(input({ start: 0, end: 6, author: { name: 'Ana Lee', nickname: 'ana' }, visibility: 'private' }), options);
    expect(note.creator).toEqual({ type: 'Person', name: 'Ana Lee', nickname: 'ana' });
    expect(note.generator).toEqual({ id: 'https://margin.test/', type: 'Software', name: 'Margin', homepage: 'https://margin.test/' });
    expect(note.audience).toEqual({ type: 'schema:Audience', 'schema:audienceType': 'private' });
    expect(toW3cAnnotation(figure, options).body.every((body) => 'format' in body && body.format === 'text/plain')).toBe(true);
    expect(toW3cAnnotation(figure, options)).not.toHaveProperty('audience');
  });

  it('writes each thread as its first comment followed by its replies, whatever order they come in', () => {
    const bodies = toW3cAnnotation(figure, options).body.flatMap((body) =>
      'value' in body && (body.purpose === 'commenting' || body.purpose === 'replying') ? [body] : [],
    );
    expect(bodies.map((body) => [body.purpose, body.value, (body.creator as { name: string } | undefined)?.name])).toEqual([
      ['commenting', 'Source?', 'Ben'],
      ['replying', 'MND report', undefined],
    ]);
  });
});

group('parseW3cAnnotations', () => {
  it('round-trips selectors, kind, tags, comments and claim fields, through JSON', () => {
    const citationAt = text.indexOf('$14 billion');
    const annotations = [figure, input({ id: 'c', kind: 'citation', start: citationAt, end: citationAt + 11, tags: ['Money'] })].map(
      (one) => toW3cAnnotation(one, options),
    );
    const result = parseW3cAnnotations(JSON.parse(JSON.stringify(toW3cCollection(annotations, { id: 'https://margin.test/x' }))));
    expect(result).toEqual({
      ok: true,
      skipped: [],
      annotations: [
        {
          index: 0,
          selectors: annotations[0]!.target.selector,
          kind: 'figure',
          private: false,
          created: '2026-01-02T03:04:05.000Z',
          creator: 'Ana',
          tags: ['Defence', 'Korea'],
          comments: [
            { body: 'Source?', reply: false, created: '2026-01-02T05:00:00.000Z', creator: 'Ben' },
            { body: 'MND report', reply: true, created: '2026-01-02T06:00:00.000Z', creator: null },
          ],
          claim: {
            statement: 'South Korea delivered over 16,500 containers',
            status: 'proposed',
            verdict: 'verified',
            rationale: 'MND',
            figureValue: '16500',
            figureUnit: 'containers',
          },
        },
        {
          index: 1,
          selectors: annotations[1]!.target.selector,
          kind: 'citation',
          private: false,
          created: '2026-01-02T03:04:05.000Z',
          creator: 'Ana',
          tags: ['Money'],
          comments: [],
          claim: null,
        },
      ],
    });
    const placed = result.ok ? result.annotations.map(({ selectors }) => anchor(text, selectors)) : [];
    expect(placed.map((range) => range && text.slice(range.start, range.end))).toEqual(['over 16,500 containers', '$14 billion']);
  });

  it('accepts a single annotation, a bare array, a collection with items, and a page', () => {
    const one = toW3cAnnotation(input({ start: 0, end: 6, kind: 'claim' }), options);
    for (const file of [one, [one], { type: 'AnnotationCollection', items: [one] }, { type: 'AnnotationPage', items: [one] }]) {
      const result = parseW3cAnnotations(file);
      expect(result.ok && result.annotations.map(({ kind, selectors }) => ({ kind, selectors }))).toEqual([
        { kind: 'claim', selectors: one.target.selector },
      ]);
    }
  });

  it('reads Hypothesis exports: JSON-LD with target arrays and RangeSelectors, and the API format with tags and text', () => {
    const jsonLd = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      id: 'https://hyp.is/abc',
      body: [
        { type: 'TextualBody', value: 'Check the **deal**', format: 'text/markdown' },
        { type: 'TextualBody', purpose: 'tagging', value: 'poland' },
      ],
      target: [
        {
          source: 'https://news.example/a',
          selector: [
            { type: 'RangeSelector', startContainer: '/div[1]/p[1]', startOffset: 0, endContainer: '/div[1]/p[1]', endOffset: 6 },
            { type: 'TextPositionSelector', start: 0, end: 6 },
            { type: 'TextQuoteSelector', exact: 'Poland', suffix: ' signed a record' },
          ],
        },
      ],
    };
    const api = {
      total: 1,
      rows: [
        {
          id: 'x',
          uri: 'https://news.example/a',
          text: 'Number?',
          tags: ['figures', ' figures '],
          target: [
            {
              source: 'https://news.example/a',
              selector: [{ type: 'TextQuoteSelector', exact: '16,500', prefix: 'over ', suffix: ' containers' }],
            },
          ],
        },
      ],
    };
    expect(parseW3cAnnotations(jsonLd)).toEqual({
      ok: true,
      skipped: [],
      annotations: [
        {
          index: 0,
          selectors: [
            { type: 'TextQuoteSelector', exact: 'Poland', prefix: '', suffix: ' signed a record' },
            { type: 'TextPositionSelector', start: 0, end: 6 },
          ],
          kind: 'note',
          private: false,
          created: null,
          creator: null,
          tags: ['poland'],
          comments: [{ body: 'Check the **deal**', reply: false, created: null, creator: null }],
          claim: null,
        },
      ],
    });
    expect(parseW3cAnnotations(api)).toMatchObject({
      ok: true,
      annotations: [{ kind: 'note', tags: ['figures'], comments: [{ body: 'Number?' }], selectors: [{ exact: '16,500' }] }],
    });
  });

  it('reads the Hypothesis client’s export file: authors, dates, private ones, and replies joined to their thread', () => {
    const target = [{ source: 'https://news.example/a', selector: [{ type: 'TextQuoteSelector', exact: 'deal' }] }];
    const file = {
      export_date: '2026-11-30T10:00:00.000Z',
      annotations: [
        {
          id: 'root',
          created: '2026-11-01T09:00:00.000Z',
          user: 'acct:rosa@hypothes.is',
          user_info: { display_name: 'Rosa Diaz' },
          text: 'Which deal?',
          tags: [],
          target,
          permissions: { read: ['group:__world__'] },
        },
        {
          id: 'answer2',
          created: '2026-11-01T11:00:00.000Z',
          user: 'acct:sam@hypothes.is',
          text: 'And the 2023 one.',
          references: ['root', 'answer1'],
          target: [{ source: 'https://news.example/a' }],
        },
        {
          id: 'answer1',
          created: '2026-11-01T10:00:00.000Z',
          user: 'acct:sam@hypothes.is',
          text: 'The K2 tanks one.',
          references: ['root'],
          target: [{ source: 'https://news.example/a' }],
        },
        { id: 'mine', user: 'acct:rosa@hypothes.is', text: 'for me', target, permissions: { read: ['acct:rosa@hypothes.is'] } },
        { id: 'lost', text: 'to nothing', references: ['elsewhere'], target: [{ source: 'https://news.example/a' }] },
      ],
    };
    const result = parseW3cAnnotations(file);
    expect(result).toMatchObject({
      ok: true,
      skipped: [{ index: 4, reason: 'It is a reply to an annotation that is not in the file.' }],
      annotations: [
        {
          index: 0,
          private: false,
          created: '2026-11-01T09:00:00.000Z',
          creator: 'Rosa Diaz',
          comments: [
            { body: 'Which deal?', reply: false, creator: 'Rosa Diaz' },
            { body: 'The K2 tanks one.', reply: true, creator: 'sam', created: '2026-11-01T10:00:00.000Z' },
            { body: 'And the 2023 one.', reply: true, creator: 'sam' },
          ],
        },
        { index: 3, private: true, creator: 'rosa' },
      ],
    });
  });

  it('reads our private audience back as private, and ignores a creation date in the future', () => {
    const note = toW3cAnnotation(input({ start: 0, end: 6, visibility: 'private', createdAt: '2999-01-01T00:00:00Z' }), options);
    expect(parseW3cAnnotations(note)).toMatchObject({ ok: true, annotations: [{ private: true, created: null }] });
  });

  it('finds selectors inside refinedBy', () => {
    const refined = {
      type: 'Annotation',
      motivation: ['assessing'],
      target: { selector: { type: 'XPathSelector', value: '/p[2]', refinedBy: { type: 'TextQuoteSelector', exact: 'deal' } } },
    };
    expect(parseW3cAnnotations(refined)).toMatchObject({
      ok: true,
      annotations: [{ kind: 'claim', selectors: [{ type: 'TextQuoteSelector', exact: 'deal', prefix: '', suffix: '' }] }],
    });
  });

  it('skips what cannot be placed, with a reason per item, and never throws', () => {
    const good = toW3cAnnotation(input({ start: 0, end: 6 }), options);
    const result = parseW3cAnnotations([
      good,
      'oops',
      { type: 'Annotation', target: 'https://news.example/a' },
      {
        type: 'Annotation',
        target: {
          selector: [
            { type: 'TextQuoteSelector', exact: ' \n ' },
            { type: 'TextPositionSelector', start: 5, end: 2 },
          ],
        },
      },
      { type: 'AnnotationPage', items: [] },
      { type: 'Annotation', body: [null, 3, { value: 7 }], target: { selector: { type: 'TextPositionSelector', start: 3, end: 9 } } },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.annotations.map(({ index }) => index)).toEqual([0, 5]);
    expect(result.skipped).toEqual([
      { index: 1, reason: 'Not an annotation (an object was expected).' },
      { index: 2, reason: expect.stringContaining('neither a TextQuoteSelector nor a TextPositionSelector') },
      { index: 3, reason: expect.stringContaining('neither a TextQuoteSelector nor a TextPositionSelector') },
      { index: 4, reason: 'Not an Annotation (its type is "AnnotationPage").' },
    ]);
  });

  it('refuses, item by item, quotes over 1,000 characters and context over 64, even beside offsets', () => {
    const quote = (exact: string, context = '') => ({
      type: 'Annotation',
      target: {
        selector: [
          { type: 'TextQuoteSelector', exact, prefix: context, suffix: '' },
          { type: 'TextPositionSelector', start: 0, end: 5 },
        ],
      },
    });
    const result = parseW3cAnnotations([
      quote('x'.repeat(MAX_W3C_QUOTE)),
      quote('x'.repeat(MAX_W3C_QUOTE + 1)),
      quote('deal', 'y'.repeat(MAX_W3C_CONTEXT + 1)),
      quote('deal', 'y'.repeat(MAX_W3C_CONTEXT)),
    ]);
    expect(result).toEqual({
      ok: true,
      annotations: [expect.objectContaining({ index: 0 }), expect.objectContaining({ index: 3 })],
      skipped: [
        { index: 1, reason: 'Its quote is 1,001 characters long; at most 1,000 can be imported.' },
        { index: 2, reason: "Its quote's context (prefix or suffix) is 65 characters long; at most 64 can be imported." },
      ],
    });
  });

  it('refuses files that are not annotations, collections whose pages are only linked, and too many items', () => {
    for (const file of [null, 42, 'text', true])
      expect(parseW3cAnnotations(file)).toMatchObject({ ok: false, error: expect.stringContaining('not a W3C Web Annotation') });
    expect(parseW3cAnnotations({ type: 'AnnotationCollection', total: 3, first: 'https://x/page1' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('only linked'),
    });
    expect(parseW3cAnnotations([{}, {}, {}], { maxAnnotations: 2 })).toEqual({
      ok: false,
      error: 'The file holds 3 annotations; at most 2 can be imported at once.',
    });
  });
});
