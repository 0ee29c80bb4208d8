// One spelling per source: the same page cited twice (with tracking tags, a fragment, an upper-
// case host, a default port) is one Source of the workspace.

const TRACKING_PARAMS = /^(?:utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref_src)$/i;

export type NormalizedUrl = { url: string; normalizedUrl: string; domain: string };

/** Only http(s) URLs are sources; anything else is refused with a reason. */
export function normalizeSourceUrl(input: string): NormalizedUrl {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new Error(`“${input}” is not a web address.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('Only http and https addresses can be sources.');
  if (url.username || url.password) throw new Error('Addresses with a user name or password cannot be sources.');
  const clean = new URL(url.toString());
  clean.hash = '';
  for (const key of [...clean.searchParams.keys()]) if (TRACKING_PARAMS.test(key)) clean.searchParams.delete(key);
  clean.searchParams.sort();
  if (clean.pathname.length > 1) clean.pathname = clean.pathname.replace(/(?<!\/)\/+$/, '');
  const domain = clean.hostname.replace(/^www\./, '');
  return { url: url.toString(), normalizedUrl: clean.toString(), domain };
}
