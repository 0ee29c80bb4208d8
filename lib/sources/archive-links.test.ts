import { describe, expect, it } from 'vitest';
import { archiveLinks } from './archive-links';

describe('archiveLinks', () => {
  it('gives the Internet Archive and archive.today look-ups of the address as it is', () => {
    const url = 'https://www.example.org/report?id=7&lang=en';
    expect(archiveLinks(url)).toEqual({
      internetArchive: 'https://web.archive.org/web/*/https://www.example.org/report?id=7&lang=en',
      archiveToday: 'https://archive.ph/newest/https://www.example.org/report?id=7&lang=en',
    });
  });
});
