import { describe, expect, it } from 'vitest';
import { createRouteMatcher, UNMATCHED_ROUTE } from './route-label';

const match = createRouteMatcher([
  '/',
  '/sign-in',
  '/w/[workspace]',
  '/w/[workspace]/documents/[documentId]',
  '/w/[workspace]/documents/new',
  '/api/w/[workspace]/live',
  '/api/v1/[...path]',
  '/api/v1/documents',
  '/api/auth/[...nextauth]',
  '/docs/[[...slug]]',
]);

describe('route labels', () => {
  it('names static paths by themselves and dynamic ones by their pattern', () => {
    expect(match('/')).toBe('/');
    expect(match('/sign-in')).toBe('/sign-in');
    expect(match('/sign-in/')).toBe('/sign-in');
    expect(match('/w/demo-desk')).toBe('/w/[workspace]');
    expect(match('/w/demo-desk/documents/ckabc123')).toBe('/w/[workspace]/documents/[documentId]');
    expect(match('/api/w/demo-desk/live')).toBe('/api/w/[workspace]/live');
  });

  it('prefers a static segment over a parameter and a parameter over a catch-all', () => {
    expect(match('/w/demo/documents/new')).toBe('/w/[workspace]/documents/new');
    expect(match('/api/v1/documents')).toBe('/api/v1/documents');
    expect(match('/api/v1/nothing/here')).toBe('/api/v1/[...path]');
    expect(match('/api/v1')).toBe(UNMATCHED_ROUTE);
    expect(match('/docs')).toBe('/docs/[[...slug]]');
    expect(match('/docs/a/b')).toBe('/docs/[[...slug]]');
  });

  it('puts every unknown path and static asset under one label each', () => {
    expect(match('/wp-admin/setup.php')).toBe(UNMATCHED_ROUTE);
    expect(match('/w/demo/unknown/deeper/path')).toBe(UNMATCHED_ROUTE);
    expect(match('/_next/static/chunks/app.js')).toBe('/_next/static');
    expect(match('/_next/image')).toBe('/_next/image');
  });
});
