import { describe, expect, it } from 'vitest';
import { GET } from './route';

const get = (next: string) => GET(new Request(`http://localhost/unavailable?next=${encodeURIComponent(next)}`));

describe('GET /unavailable', () => {
  it('answers 503 with Retry-After and reloads the page that lost the database', async () => {
    const response = get('/w/desk/documents/abc?x=1&y="2"');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    const page = await response.text();
    expect(page).toContain('The database is unavailable; retrying.');
    expect(page).toContain('content="5; url=/w/desk/documents/abc?x=1&amp;y=%222%22"');
  });

  it('reloads only same-site paths', async () => {
    expect(await get('https://evil.example/').text()).toContain('content="5; url=/w"');
    expect(await get('//evil.example').text()).toContain('content="5; url=/w"');
  });
});
