import 'server-only';
import { parseTrustedProxies, resolveClientAddress, type TrustedProxies } from './client-address';
import { readPeerAddress } from './peer-address';

let cached: { setting: string | undefined; trusted: TrustedProxies } | null = null;

/** MARGIN_TRUSTED_PROXIES, parsed once (instrumentation.ts reads it at start, so a typo stops the server there). */
export function trustedProxies(): TrustedProxies {
  const setting = process.env.MARGIN_TRUSTED_PROXIES;
  if (!cached || cached.setting !== setting) cached = { setting, trusted: parseTrustedProxies(setting) };
  return cached.trusted;
}

/**
 * The caller's address for rate limits: the socket's peer (recorded by lib/server/session/peer-address.ts),
 * or what trusted proxies forwarded (lib/server/session/client-address.ts). X-Forwarded-For from
 * anyone else is ignored: a client cannot pick the address its attempts are counted under.
 */
export function clientIp(headers: Headers): string {
  return resolveClientAddress({ peer: readPeerAddress(headers), forwardedFor: headers.get('x-forwarded-for'), trusted: trustedProxies() });
}
