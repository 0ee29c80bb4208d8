/**
 * The absolute http(s) address of a link (resolved against `baseUrl`, without its #fragment),
 * or null: other schemes, unreadable addresses and links to the page itself cite nothing.
 */
export function citedUrl(href: string, baseUrl?: string): string | null {
  let url: URL;
  try {
    url = new URL(href, baseUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  const cited = url.toString();
  if (baseUrl && cited === new URL(baseUrl).toString()) return null;
  return cited;
}

/** http(s) links of `root` (absolute, resolved against `baseUrl`), in order, once each. */
export function collectUrls(root: Element, baseUrl?: string): string[] {
  const urls = new Set<string>();
  for (const anchor of root.querySelectorAll('a[href]')) {
    const url = citedUrl(anchor.getAttribute('href')!, baseUrl);
    if (url) urls.add(url);
  }
  return [...urls];
}
