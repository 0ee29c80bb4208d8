import 'server-only';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { isAllowlistedHost, isPublicAddress } from './address-policy';

export class FetchRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FetchRefused';
  }
}

export type FetchedPage = { finalUrl: string; status: number; contentType: string; body: Buffer };
export type SafeFetchOptions = {
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  /** POST this body (a webhook) instead of a GET; a POST follows no redirect */
  post?: { body: string; headers: Record<string, string> };
  /** past maxBytes: 'refuse' the page (the default), or 'truncate' the body and answer with what came */
  overflow?: 'refuse' | 'truncate';
};
type RequestOptions = Required<Omit<SafeFetchOptions, 'post'>> & Pick<SafeFetchOptions, 'post'>;

const DEFAULTS = { maxBytes: 20 * 1024 * 1024, timeoutMs: 15_000, maxRedirects: 5, overflow: 'refuse' as const };
const USER_AGENT = 'Margin/0.1 (fact-checking; +https://margin.invalid)';

function checkAddress(hostname: string, address: string) {
  if (!isPublicAddress(address) && !isAllowlistedHost(hostname)) {
    throw new FetchRefused(`Margin does not fetch from ${hostname}: it resolves to a private or local address.`);
  }
}

/** DNS lookup that refuses private answers: the address checked is the address connected to. */
const guardedLookup: net.LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0);
    try {
      for (const { address } of addresses) checkAddress(hostname, address);
    } catch (refusal) {
      return callback(refusal as NodeJS.ErrnoException, '', 0);
    }
    if (options.all) return callback(null, addresses);
    const first = addresses[0]!;
    callback(null, first.address, first.family);
  });
};

function validateUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchRefused(`“${raw}” is not a web address.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchRefused('Only http and https addresses can be fetched.');
  if (url.username || url.password) throw new FetchRefused('Addresses with a user name or password are not fetched.');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(host)) checkAddress(host, host); // literal addresses skip DNS
  return url;
}

function requestOnce(url: URL, options: RequestOptions, signal: AbortSignal): Promise<FetchedPage & { location?: string }> {
  const client = url.protocol === 'https:' ? https : http;
  const { post } = options;
  const headers = post
    ? { 'user-agent': USER_AGENT, 'content-length': String(Buffer.byteLength(post.body)), ...post.headers }
    : { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,text/plain,application/pdf;q=0.9,*/*;q=0.5' };
  return new Promise((resolve, reject) => {
    const request = client.request(url, { method: post ? 'POST' : 'GET', lookup: guardedLookup, signal, headers }, (response) => {
      const status = response.statusCode ?? 0;
      const contentType = String(response.headers['content-type'] ?? '');
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume();
        return resolve({ finalUrl: url.toString(), status, contentType, body: Buffer.alloc(0), location: response.headers.location });
      }
      const truncate = options.overflow === 'truncate';
      const declared = Number(response.headers['content-length'] ?? 0);
      if (declared > options.maxBytes && !truncate) {
        response.destroy();
        return reject(new FetchRefused(`The page is larger than ${Math.round(options.maxBytes / 1024 / 1024)} MB.`));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBytes && truncate) {
          chunks.push(chunk.subarray(0, Math.max(0, chunk.length - (size - options.maxBytes))));
          response.destroy();
          resolve({ finalUrl: url.toString(), status, contentType, body: Buffer.concat(chunks) });
        } else if (size > options.maxBytes) {
          response.destroy();
          reject(new FetchRefused(`The page is larger than ${Math.round(options.maxBytes / 1024 / 1024)} MB.`));
        } else chunks.push(chunk);
      });
      response.on('end', () => resolve({ finalUrl: url.toString(), status, contentType, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(post?.body);
  });
}

/**
 * Refuses (FetchRefused) an address safeFetch would refuse before sending anything: not http(s),
 * with credentials, or a host that does not resolve or resolves to a private or local address.
 * For addresses saved now and fetched later (webhooks); safeFetch checks again when it connects.
 */
export async function checkFetchableUrl(raw: string): Promise<URL> {
  const url = validateUrl(raw);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(host)) return url;
  const addresses = await dns.promises.lookup(host, { all: true }).catch(() => {
    throw new FetchRefused(`The address ${host} could not be found.`);
  });
  for (const { address } of addresses) checkAddress(host, address);
  return url;
}

/**
 * GET (or a POST without redirects, `post`) with the protections a server-side fetch of user-given URLs needs: http(s) only, no
 * private or local addresses (checked on the resolved address and again on every redirect),
 * a time limit for the whole exchange and a size cap.
 */
export async function safeFetch(raw: string, overrides: SafeFetchOptions = {}): Promise<FetchedPage> {
  const options: RequestOptions = { ...DEFAULTS, ...overrides, ...(overrides.post ? { maxRedirects: 0 } : {}) };
  const signal = AbortSignal.timeout(options.timeoutMs);
  let url = validateUrl(raw);
  try {
    for (let hop = 0; hop <= options.maxRedirects; hop++) {
      const page = await requestOnce(url, options, signal);
      if (!page.location || options.post) return page; // a POST's redirect is its answer
      url = validateUrl(new URL(page.location, url).toString());
    }
  } catch (error) {
    if (error instanceof FetchRefused) throw error;
    if (signal.aborted) throw new FetchRefused(`The page did not answer within ${options.timeoutMs / 1000} seconds.`);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') throw new FetchRefused(`The address ${url.hostname} could not be found.`);
    throw new FetchRefused(`The page could not be fetched (${code ?? 'connection failed'}).`);
  }
  throw new FetchRefused(`Too many redirects (more than ${options.maxRedirects}).`);
}
