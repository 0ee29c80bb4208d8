// Calls a server action over HTTP the way the app's pages do (React's `Next-Action` request to
// the page's URL): the action's id comes from the build's server-reference manifest, its answer
// is read from the RSC payload (row 0 names the row that holds the action's result).
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../db/migrations-dir';

type Manifest = { node: Record<string, { filename: string; exportedName: string }> };

/** The id of `exportedName` (from `lib/actions/<file>`) in the build at `distDir`. */
export function actionId(distDir: string, filename: string, exportedName: string): string {
  const file = path.join(PROJECT_ROOT, distDir, 'server', 'server-reference-manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === filename && entry.exportedName === exportedName);
  if (!found) throw new Error(`No server action ${exportedName} in ${filename} in ${distDir}.`);
  return found[0];
}

/** What an action call came to: the HTTP status, and the action's result when one was read. */
export type ActionAnswer = { status: number; retryAfter: string | null; result: ActionResultBody | null };
export type ActionResultBody = { ok: true; data: unknown } | { ok: false; code: string; error: string };

/** The action's result in an RSC payload (`0:{"a":"$@1",…}` then `1:{…}`), or null. */
export function readActionResult(payload: string): ActionResultBody | null {
  const rows = new Map<string, string>();
  for (const line of payload.split('\n')) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match) rows.set(match[1]!, match[2]!);
  }
  try {
    const head = JSON.parse(rows.get('0') ?? 'null') as { a?: unknown } | null;
    const reference = typeof head?.a === 'string' ? /^\$@([0-9a-f]+)$/.exec(head.a) : null;
    if (!reference) return null;
    return JSON.parse(rows.get(reference[1]!) ?? 'null') as ActionResultBody | null;
  } catch {
    return null;
  }
}

/** POSTs `input` to action `id` from the page at `pageUrl`, signed in with `cookie`. */
export async function callAction(pageUrl: string, id: string, cookie: string, input: Record<string, unknown>): Promise<ActionAnswer> {
  const response = await fetch(pageUrl, {
    method: 'POST',
    headers: {
      'next-action': id,
      'content-type': 'text/plain;charset=UTF-8',
      accept: 'text/x-component',
      origin: new URL(pageUrl).origin,
      'sec-fetch-site': 'same-origin',
      cookie,
    },
    body: JSON.stringify([input]),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  const isRsc = response.headers.get('content-type')?.startsWith('text/x-component') ?? false;
  return { status: response.status, retryAfter: response.headers.get('retry-after'), result: isRsc ? readActionResult(text) : null };
}
