/** http(s) links of `root` (absolute, resolved against `baseUrl`), in order, once each. */
export function collectUrls(root: Element, baseUrl?: string): string[] {
  const urls = new Set<string>();
  for (const anchor of root.querySelectorAll('a[href]')) {
    let url: URL;
    try {
      url = new URL(anchor.getAttribute('href')!, baseUrl);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    url.hash = '';
    const href = url.toString();
    if (baseUrl && href === new URL(baseUrl).toString()) continue; // a link to the page itself
    urls.add(href);
  }
  return [...urls];
}
