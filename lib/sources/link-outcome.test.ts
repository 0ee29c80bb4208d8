import { describe, expect, it } from 'vitest';
import { decideLinkOutcome, isRedirected, type PageLook } from './link-outcome';

const SOURCE = 'https://example.org/report';
const page = (content: string, finalUrl = SOURCE): PageLook => ({ ok: true, finalUrl, content });
const decide = (overrides: Partial<Parameters<typeof decideLinkOutcome>[0]>) =>
  decideLinkOutcome({
    sourceUrl: SOURCE,
    previousStatus: 'alive',
    lastContent: 'text',
    look: page('text'),
    acknowledge: false,
    forceCapture: false,
    ...overrides,
  });

describe('decideLinkOutcome', () => {
  it('keeps the first good look as a capture', () => {
    expect(decide({ previousStatus: 'unchecked', lastContent: null })).toEqual({
      status: 'alive',
      contentChanged: false,
      keepCapture: true,
    });
  });

  it('only notes the time when nothing changed, unless a capture is asked for', () => {
    expect(decide({})).toEqual({ status: 'alive', contentChanged: false, keepCapture: false });
    expect(decide({ forceCapture: true }).keepCapture).toBe(true);
  });

  it('calls a page whose text differs changed, and keeps it changed until someone acknowledges it', () => {
    expect(decide({ look: page('new text') })).toEqual({ status: 'changed', contentChanged: true, keepCapture: true });
    expect(decide({ previousStatus: 'changed' })).toEqual({ status: 'changed', contentChanged: false, keepCapture: false });
    expect(decide({ previousStatus: 'changed', acknowledge: true, forceCapture: true })).toEqual({
      status: 'alive',
      contentChanged: false,
      keepCapture: true,
    });
  });

  it('calls a page that could not be read gone, and keeps a capture of that only when the status changes', () => {
    expect(decide({ look: { ok: false } })).toEqual({ status: 'gone', contentChanged: false, keepCapture: true });
    expect(decide({ previousStatus: 'gone', look: { ok: false } }).keepCapture).toBe(false);
  });

  it('compares a page that came back with the last capture that could be read', () => {
    expect(decide({ previousStatus: 'gone' })).toMatchObject({ status: 'alive', keepCapture: true });
    expect(decide({ previousStatus: 'gone', look: page('rewritten') })).toMatchObject({ status: 'changed', contentChanged: true });
  });

  it('calls a page served from another address redirected', () => {
    expect(decide({ look: page('text', 'https://example.org/archive/report') })).toMatchObject({ status: 'redirected', keepCapture: true });
  });
});

describe('isRedirected', () => {
  it('ignores what normalisation ignores, an upgrade to https and an added www', () => {
    expect(isRedirected('http://example.org/a?utm_source=x#top', 'https://www.example.org/a/')).toBe(false);
    expect(isRedirected('https://example.org/a', 'https://example.org/b')).toBe(true);
    expect(isRedirected('https://example.org/a', 'https://example.net/a')).toBe(true);
    expect(isRedirected('https://example.org/a?id=1', 'https://example.org/a?id=2')).toBe(true);
  });
});
