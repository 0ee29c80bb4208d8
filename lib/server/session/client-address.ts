// Which address a request came from, for per-address limits: the socket's peer, unless that
// peer is a proxy the operator trusts (MARGIN_TRUSTED_PROXIES) — then the address that proxy
// appended to X-Forwarded-For, and so on leftwards past each trusted proxy. Entries left of the
// first untrusted address are whatever the client wrote and are never read.
import ipaddr from 'ipaddr.js';

type Range = readonly [ipaddr.IPv4 | ipaddr.IPv6, number];
export type TrustedProxies = readonly Range[];

/** An address in canonical form (IPv4-mapped IPv6 as IPv4), or null for anything else (ports, names, junk). */
function canonical(value: string): string | null {
  const address = value.trim().replace(/^\[(.*)\]$/, '$1');
  if (!ipaddr.isValid(address)) return null;
  return ipaddr.process(address).toString();
}

/**
 * Parses MARGIN_TRUSTED_PROXIES: addresses and CIDR ranges, separated by commas
 * ("10.0.0.0/8, 192.0.2.7, fd00::/8"). Throws on an entry that is neither, so that a typo is a
 * failed start rather than a proxy silently not trusted (or everyone trusted).
 */
export function parseTrustedProxies(setting: string | undefined): TrustedProxies {
  const entries = (setting ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries.map((entry): Range => {
    if (ipaddr.isValidCIDR(entry)) {
      const [range, bits] = ipaddr.parseCIDR(entry);
      // An IPv4-mapped range (::ffff:10.0.0.0/104) is the IPv4 range it carries.
      if (range.kind() === 'ipv6' && (range as ipaddr.IPv6).isIPv4MappedAddress() && bits >= 96)
        return [(range as ipaddr.IPv6).toIPv4Address(), bits - 96];
      return [range, bits];
    }
    const address = canonical(entry);
    if (!address) throw new Error(`MARGIN_TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range.`);
    const parsed = ipaddr.parse(address);
    return [parsed, parsed.kind() === 'ipv4' ? 32 : 128];
  });
}

function isTrusted(address: string, trusted: TrustedProxies): boolean {
  const parsed = ipaddr.parse(address);
  return trusted.some(([range, bits]) => parsed.kind() === range.kind() && parsed.match(range, bits));
}

/**
 * The client's address: `peer` (the socket's remote address) when it is not a trusted proxy;
 * else X-Forwarded-For walked from the right, past trusted proxies, to the first address that is
 * not one. An entry that is not an address stops the walk at the last address known. "unknown"
 * when there is no peer address (a request that did not come through the app's HTTP server).
 */
export function resolveClientAddress({
  peer,
  forwardedFor,
  trusted,
}: {
  peer: string | null;
  forwardedFor: string | null;
  trusted: TrustedProxies;
}): string {
  let client = peer === null ? null : canonical(peer);
  if (client === null) return 'unknown';
  if (!isTrusted(client, trusted)) return client;
  const hops = (forwardedFor ?? '').split(',').filter((hop) => hop.trim());
  for (let index = hops.length - 1; index >= 0; index--) {
    const hop = canonical(hops[index]!);
    if (hop === null) return client;
    client = hop;
    if (!isTrusted(hop, trusted)) return hop;
  }
  return client;
}
