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
export type SafeFetchOptions = { maxBytes?: number; timeoutMs?: number; maxRedirects?: number };

const DEFAULTS = { maxBytes: 20 * 1024 * 1024, timeoutMs: 15_000, maxRedirects: 5 };

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

function requestOnce(url: URL, options: Required<SafeFetchOptions>, signal: AbortSignal): Promise<FetchedPage & { location?: string }> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(
      url,
      {
        lookup: guardedLookup,
        signal,
        headers: {
          'user-agent': 'Margin/0.1 (fact-checking; +https://margin.invalid)',
          accept: 'text/html,application/xhtml+xml,text/plain,application/pdf;q=0.9,*/*;q=0.5',
        },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const contentType = String(response.headers['content-type'] ?? '');
        if (status >= 300 && status < 400 && response.headers.location) {
          response.resume();
          return resolve({ finalUrl: url.toString(), status, contentType, body: Buffer.alloc(0), location: response.headers.location });
        }
        const declared = Number(response.headers['content-length'] ?? 0);
        if (declared > options.maxBytes) {
          response.destroy();
          return reject(new FetchRefused(`The page is larger than ${Math.round(options.maxBytes / 1024 / 1024)} MB.`));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            response.destroy();
            reject(new FetchRefused(`The page is larger than ${Math.round(options.maxBytes / 1024 / 1024)} MB.`));
          } else chunks.push(chunk);
        });
        response.on('end', () => resolve({ finalUrl: url.toString(), status, contentType, body: Buffer.concat(chunks) }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
  });
}

/**
 * GET with the protections a server-side fetch of user-given URLs needs: http(s) only, no
 * private or local addresses (checked on the resolved address and again on every redirect),
 * a time limit for the whole exchange and a size cap.
 */
export async function safeFetch(raw: string, overrides: SafeFetchOptions = {}): Promise<FetchedPage> {
  const options = { ...DEFAULTS, ...overrides };
  const signal = AbortSignal.timeout(options.timeoutMs);
  let url = validateUrl(raw);
  try {
    for (let hop = 0; hop <= options.maxRedirects; hop++) {
      const page = await requestOnce(url, options, signal);
      if (!page.location) return page;
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
