import { beforeEach, describe, expect, it, vi } from 'vitest';
import { REQUEST_PATH_HEADER } from '@/lib/request-path';
import { redirectPageIfDatabaseLost } from './page-unavailable';

// The request's headers as Next.js gives them to the code a request runs (no request: it throws).
let requestHeaders: Headers | null = null;
vi.mock('next/headers', () => ({
  headers: async () => {
    if (!requestHeaders) throw new Error('`headers` was called outside a request scope');
    return requestHeaders;
  },
}));

const gone = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
const redirectOf = async (error: unknown) => {
  try {
    await redirectPageIfDatabaseLost(error);
    return null;
  } catch (thrown) {
    return String((thrown as { digest?: string }).digest);
  }
};

describe('redirectPageIfDatabaseLost', () => {
  beforeEach(() => {
    requestHeaders = null;
  });

  it('sends a page render that lost the database to /unavailable, naming the page', async () => {
    requestHeaders = new Headers({ [REQUEST_PATH_HEADER]: '/w/desk/documents/abc?tab=claims' });
    expect(await redirectOf(gone)).toContain(`/unavailable?next=${encodeURIComponent('/w/desk/documents/abc?tab=claims')}`);
  });

  it('leaves other errors, server actions, route handlers and code outside a request alone', async () => {
    requestHeaders = new Headers({ [REQUEST_PATH_HEADER]: '/w/desk' });
    expect(await redirectOf(new Error('a bug'))).toBeNull();
    requestHeaders = new Headers({ [REQUEST_PATH_HEADER]: '/w/desk', 'next-action': 'abc' });
    expect(await redirectOf(gone)).toBeNull();
    requestHeaders = new Headers(); // an API route: proxy.ts set no path
    expect(await redirectOf(gone)).toBeNull();
    requestHeaders = new Headers({ [REQUEST_PATH_HEADER]: '/unavailable?next=%2Fw' });
    expect(await redirectOf(gone)).toBeNull();
    requestHeaders = null;
    expect(await redirectOf(gone)).toBeNull();
  });
});
