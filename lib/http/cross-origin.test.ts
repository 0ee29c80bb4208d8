import { describe, expect, it } from 'vitest';
import { checkUnsafeRequest, mediaType } from './cross-origin';

const APP = 'https://margin.example';
const JSON_ONLY = { appOrigin: APP, accepts: ['application/json'] };

function request(method: string, headers: Record<string, string>) {
  return { method, headers: new Headers(headers) };
}

describe('checkUnsafeRequest', () => {
  it('lets safe methods through whatever their origin', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) {
      expect(checkUnsafeRequest(request(method, { 'sec-fetch-site': 'cross-site' }), JSON_ONLY)).toBeNull();
    }
  });

  it('accepts a same-origin request, and one the person made themselves (Sec-Fetch-Site: none)', () => {
    for (const site of ['same-origin', 'none', 'Same-Origin']) {
      expect(checkUnsafeRequest(request('POST', { 'sec-fetch-site': site, 'content-type': 'application/json' }), JSON_ONLY)).toBeNull();
    }
  });

  it('refuses cross-site and same-site requests with 403, whatever Origin they claim', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'post']) {
      for (const site of ['cross-site', 'same-site', 'garbage']) {
        const refusal = checkUnsafeRequest(
          request(method, { 'sec-fetch-site': site, origin: APP, 'content-type': 'application/json' }),
          JSON_ONLY,
        );
        expect(refusal).toMatchObject({ code: 'forbidden', message: 'This request came from another site, so it was refused.' });
      }
    }
  });

  it('falls back to Origin when the browser sends no Sec-Fetch-Site: only the configured origin passes', () => {
    const json = { 'content-type': 'application/json' };
    expect(checkUnsafeRequest(request('POST', { ...json, origin: APP }), JSON_ONLY)).toBeNull();
    for (const origin of ['https://evil.example', 'http://margin.example', 'https://margin.example:8443', 'null', `${APP}.evil.example`]) {
      expect(checkUnsafeRequest(request('POST', { ...json, origin }), JSON_ONLY)).toMatchObject({ code: 'forbidden' });
    }
    expect(checkUnsafeRequest(request('DELETE', json), JSON_ONLY)).toMatchObject({ code: 'forbidden' });
  });

  it('refuses a body of a type the route does not declare with 415', () => {
    const own = { 'sec-fetch-site': 'same-origin' };
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) {
      const headers: Record<string, string> = type ? { ...own, 'content-type': type } : own;
      expect(checkUnsafeRequest(request('POST', headers), JSON_ONLY)).toMatchObject({
        code: 'unsupported_type',
        message: 'Send this as application/json.',
      });
    }
    expect(checkUnsafeRequest(request('POST', { ...own, 'content-type': 'Application/JSON; charset=utf-8' }), JSON_ONLY)).toBeNull();
    const forms = { appOrigin: APP, accepts: ['multipart/form-data'] };
    expect(checkUnsafeRequest(request('POST', { ...own, 'content-type': 'multipart/form-data; boundary=----x' }), forms)).toBeNull();
  });

  it('refuses every unsafe request of a route that declares no types', () => {
    const refusal = checkUnsafeRequest(request('POST', { 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' }), {
      appOrigin: APP,
      accepts: [],
    });
    expect(refusal).toMatchObject({ code: 'unsupported_type' });
  });

  it('checks the origin before the type, so another site learns nothing about what a route reads', () => {
    expect(checkUnsafeRequest(request('POST', { 'sec-fetch-site': 'cross-site', 'content-type': 'text/plain' }), JSON_ONLY)).toMatchObject({
      code: 'forbidden',
    });
  });
});

describe('mediaType', () => {
  it('drops parameters and case', () => {
    expect(mediaType(' Multipart/Form-Data ; boundary=abc')).toBe('multipart/form-data');
    expect(mediaType(null)).toBe('');
  });
});
