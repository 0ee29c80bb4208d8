// Which addresses a server-side fetch may connect to: public unicast only. Loopback, private,
// link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, multicast and reserved
// ranges are refused, including IPv4 addresses wrapped in IPv6 (mapped ::ffff:0:0/96 is judged as
// the IPv4 address it carries; IPv4-compatible ::/96, 6to4, Teredo and every IPv6 address outside
// global unicast 2000::/3 are refused).
import ipaddr from 'ipaddr.js';

const GLOBAL_UNICAST: [ipaddr.IPv6, number] = [ipaddr.IPv6.parse('2000::'), 3];

export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv4') return parsed.range() === 'unicast';
  const v6 = parsed as ipaddr.IPv6;
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().range() === 'unicast';
  return v6.match(GLOBAL_UNICAST) && v6.range() === 'unicast';
}

/** Hosts a test (or an intranet deployment) allows despite the rule: MARGIN_FETCH_ALLOW_HOSTS=a,b */
export function isAllowlistedHost(hostname: string, env: Record<string, string | undefined> = process.env): boolean {
  const allowed = (env.MARGIN_FETCH_ALLOW_HOSTS ?? '')
    .split(',')
    .map((host) => host.trim().toLowerCase())
    .filter(Boolean);
  return allowed.includes(hostname.toLowerCase().replace(/^\[|\]$/g, ''));
}
