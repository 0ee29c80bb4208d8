import { describe, expect, it } from 'vitest';
import { claimFiltersQuery, parseClaimFilters } from './claim-filters';

describe('parseClaimFilters', () => {
  it('keeps the valid filters of a URL', () => {
    expect(
      parseClaimFilters({
        q: '  four submarines ',
        status: 'proposed',
        kind: 'figure',
        assignee: 'me',
        verdict: 'none',
        sort: 'status',
        page: '3',
        tag: 'cm123abc',
      }),
    ).toEqual({
      filters: {
        q: 'four submarines',
        status: 'proposed',
        kind: 'figure',
        assignee: 'me',
        verdict: 'none',
        sort: 'status',
        page: 3,
        tag: 'cm123abc',
      },
      ignored: [],
    });
  });

  it('leaves out and names the bad ones, and ignores empty and unknown parameters', () => {
    expect(
      parseClaimFilters({
        status: 'done',
        kind: 'note',
        page: '-1',
        sort: ['updated', 'status'],
        verdict: '',
        tag: "x' OR 1=1",
        q: '   ',
        other: 'x',
      }),
    ).toEqual({
      filters: { sort: 'updated' },
      ignored: ['status', 'kind', 'tag', 'page'],
    });
    expect(parseClaimFilters({ page: '1e9', q: 'x'.repeat(201) }).ignored).toEqual(['search', 'page']);
  });

  it('ignores a filter holding U+0000, which the database cannot compare (an export answered a cut stream)', () => {
    expect(parseClaimFilters({ q: 'a\u0000', tag: 'x', assignee: '\u0000' })).toEqual({
      filters: { tag: 'x' },
      ignored: ['search', 'assignee'],
    });
  });

  it('reads the source flag filter (changed or gone, changed, gone)', () => {
    expect(parseClaimFilters({ source: 'flagged' }).filters).toEqual({ source: 'flagged' });
    expect(parseClaimFilters({ source: 'gone' }).filters).toEqual({ source: 'gone' });
    expect(parseClaimFilters({ source: 'dead' })).toEqual({ filters: {}, ignored: ['source'] });
  });

  it('writes filters back into a query, without the first page', () => {
    expect(claimFiltersQuery({ status: 'reviewed', q: 'a b', page: 1 })).toBe('?status=reviewed&q=a+b');
    expect(claimFiltersQuery({ page: 2 })).toBe('?page=2');
    expect(claimFiltersQuery({})).toBe('');
  });
});
