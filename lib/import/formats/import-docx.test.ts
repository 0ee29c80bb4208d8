import { describe, expect, it } from 'vitest';
import { makeStructuredDocx } from '../../../scripts/fixtures/make-documents';
import { importDocx } from './import-docx';

describe('importDocx: block kinds', () => {
  it('keeps lists (nested, numbered), the Quote style, tables, the Caption style and links', async () => {
    const { blocks } = await importDocx(await makeStructuredDocx());
    expect(blocks).toEqual([
      { type: 'paragraph', text: 'Three findings stand out.' },
      {
        type: 'listItem',
        text: 'Exports rose in 2023',
        list: { ordered: false, depth: 0, number: null },
        links: [{ start: 16, end: 20, url: 'https://example.org/exports' }],
      },
      { type: 'listItem', text: 'Mostly to Poland', list: { ordered: false, depth: 1, number: null } },
      { type: 'listItem', text: 'First, the contracts', list: { ordered: true, depth: 0, number: 1 } },
      { type: 'listItem', text: 'Second, the deliveries', list: { ordered: true, depth: 0, number: 2 } },
      { type: 'blockquote', text: 'We will not back down.' },
      { type: 'tableRow', text: 'Year | Tanks' },
      { type: 'tableRow', text: '2022 | 180' },
      { type: 'caption', text: 'Table 1: Deliveries by year' },
    ]);
  });
});
