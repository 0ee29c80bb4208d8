import { describe, expect, it } from 'vitest';
import { importMarkdown } from './import-markdown';

describe('importMarkdown: block kinds', () => {
  it('keeps nested and numbered lists, quotes, tables and links', () => {
    const markdown = [
      '- Exports rose in [2023](https://example.org/exports)',
      '  - Mostly to Poland',
      '',
      '3. Third',
      '4. Fourth',
      '',
      '> We will not back down.',
      '',
      '| Year | Tanks |',
      '| ---- | ----- |',
      '| 2022 | 180   |',
    ].join('\n');
    expect(importMarkdown(markdown).blocks).toEqual([
      {
        type: 'listItem',
        text: 'Exports rose in 2023',
        list: { ordered: false, depth: 0, number: null },
        links: [{ start: 16, end: 20, url: 'https://example.org/exports' }],
      },
      { type: 'listItem', text: 'Mostly to Poland', list: { ordered: false, depth: 1, number: null } },
      { type: 'listItem', text: 'Third', list: { ordered: true, depth: 0, number: 3 } },
      { type: 'listItem', text: 'Fourth', list: { ordered: true, depth: 0, number: 4 } },
      { type: 'blockquote', text: 'We will not back down.' },
      { type: 'tableRow', text: 'Year | Tanks' },
      { type: 'tableRow', text: '2022 | 180' },
    ]);
  });
});
