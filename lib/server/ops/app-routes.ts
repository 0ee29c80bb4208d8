import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { createRouteMatcher } from '@/lib/ops/route-label';

// The app's routes, read once from its `app/` folder (pages and route handlers; route groups and
// parallel-route slots add no segment, private `_folders` are no routes) — the folder `npm start`
// builds from and serves next to, in production and development alike.

const ROUTE_FILE = /^(?:page|route)\.(?:tsx|ts|jsx|js)$/;

export function listAppRoutes(appDir: string): string[] {
  const routes: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isFile() && ROUTE_FILE.test(entry.name)) routes.push(`/${segments.join('/')}`);
      if (!entry.isDirectory() || entry.name.startsWith('_') || entry.name.startsWith('.')) continue;
      const addsSegment = !/^\(.*\)$/.test(entry.name) && !entry.name.startsWith('@');
      walk(path.join(dir, entry.name), addsSegment ? [...segments, entry.name] : segments);
    }
  };
  walk(appDir, []);
  return routes;
}

const SLOT = Symbol.for('margin.route-matcher');
const slots = globalThis as typeof globalThis & { [SLOT]?: (pathname: string) => string };

/** The route label of a request path (lib/ops/route-label.ts), from this app's routes. */
export function routeOf(pathname: string): string {
  if (!slots[SLOT]) {
    let routes: string[] = [];
    try {
      routes = listAppRoutes(path.join(process.cwd(), 'app'));
    } catch {
      // No sources next to the server: every path is counted as unmatched.
    }
    slots[SLOT] = createRouteMatcher(routes);
  }
  return slots[SLOT](pathname);
}
