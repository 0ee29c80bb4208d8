// Which addresses a server-side fetch may connect to: public unicast only. Loopback, private,
// link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, multicast and reserved
// ranges are refused, including IPv4 addresses wrapped in IPv6.
import ipaddr from 'ipaddr.js';

export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range() === 'unicast';
}

/** Hosts a test (or an intranet deployment) allows despite the rule: MARGIN_FETCH_ALLOW_HOSTS=a,b */
export function isAllowlistedHost(hostname: string, env: Record<string, string | undefined> = process.env): boolean {
  const allowed = (env.MARGIN_FETCH_ALLOW_HOSTS ?? '')
    .split(',')
    .map((host) => host.trim().toLowerCase())
    .filter(Boolean);
  return allowed.includes(hostname.toLowerCase().replace(/^\[|\]$/g, ''));
}
