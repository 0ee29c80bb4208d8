// The route a request path belongs to, as Next.js names it (`/api/w/[workspace]/live`), so that
// request metrics are counted per route and not per path: a path holds ids and workspace slugs,
// which would make a new time series for every document. Patterns come from the build's
// app-path-routes-manifest.json; a path no pattern matches is counted under one label.

type Segment = { kind: 'static'; text: string } | { kind: 'dynamic' } | { kind: 'catchAll'; optional: boolean };
type Pattern = { route: string; segments: Segment[] };

/** The label of a path that is no route of the app (a 404, a probe). */
export const UNMATCHED_ROUTE = '(unmatched)';

function parseSegment(text: string): Segment {
  if (/^\[\[\.\.\.[^\]]+\]\]$/.test(text)) return { kind: 'catchAll', optional: true };
  if (/^\[\.\.\.[^\]]+\]$/.test(text)) return { kind: 'catchAll', optional: false };
  if (/^\[[^\]]+\]$/.test(text)) return { kind: 'dynamic' };
  return { kind: 'static', text };
}

const splitPath = (path: string) => path.split('/').filter((segment) => segment !== '');

/** Static segments before dynamic ones, dynamic before catch-alls, as Next.js resolves them. */
const RANK = { static: 0, dynamic: 1, catchAll: 2 } as const;
function compareSpecificity(a: Pattern, b: Pattern): number {
  const length = Math.max(a.segments.length, b.segments.length);
  for (let index = 0; index < length; index++) {
    const left = a.segments[index];
    const right = b.segments[index];
    if (!left || !right) return left ? -1 : 1;
    const difference = RANK[left.kind] - RANK[right.kind];
    if (difference !== 0) return difference;
  }
  return 0;
}

function matches(segments: Segment[], parts: string[]): boolean {
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    if (segment.kind === 'catchAll') return segment.optional || parts.length > index;
    const part = parts[index];
    if (part === undefined) return false;
    if (segment.kind === 'static' && segment.text !== part) return false;
  }
  return parts.length === segments.length;
}

/** A function from a request path (no query) to its route pattern, or UNMATCHED_ROUTE. */
export function createRouteMatcher(routes: Iterable<string>): (pathname: string) => string {
  const exact = new Set<string>();
  const patterns: Pattern[] = [];
  for (const route of new Set(routes)) {
    const segments = splitPath(route).map(parseSegment);
    if (segments.every((segment) => segment.kind === 'static')) exact.add(`/${splitPath(route).join('/')}`);
    else patterns.push({ route, segments });
  }
  patterns.sort(compareSpecificity);
  return (pathname) => {
    const parts = splitPath(pathname);
    const normalized = `/${parts.join('/')}`;
    if (exact.has(normalized)) return normalized;
    if (normalized.startsWith('/_next/static/')) return '/_next/static';
    if (normalized.startsWith('/_next/image')) return '/_next/image';
    return patterns.find((pattern) => matches(pattern.segments, parts))?.route ?? UNMATCHED_ROUTE;
  };
}
