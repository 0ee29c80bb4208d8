// The REST API as a client sees it, for the API tests: every route handler under app/api/v1
// (found by walking the folder), called as Next would with `Authorization: Bearer …`, and tokens
// made through the account page's action. Test files using it mock '@/auth' (support/session).
import fs from 'node:fs';
import path from 'node:path';
import { getDb } from '@/lib/db';
import { isMethodNotAllowed } from '@/lib/http/token-routes';
import type { ActionResult } from '@/lib/errors';
import type { WorkspaceRole } from '@/lib/generated/prisma/enums';
import { importPlainText } from '@/lib/import';
import { importDocument } from '@/lib/server/documents/import-document';
import { addMember, makeUser, makeWorkspace } from './factories';
import { actAs } from './session';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const V1 = path.join(ROOT, 'app/api/v1');
export const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const TEXT = 'North Korea has shipped over 16,500 containers of munitions to Russia.\n\nPoland signed a record $14 billion deal in 2022.';

/** The endpoints' route files (app/api/v1/documents/[documentId]/route.ts …), without the catch-all for unknown paths. */
function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('[...') ? [] : routeFiles(full); // the catch-all answers unknown paths
    return entry.name === 'route.ts' ? [full] : [];
  });
}
/** app/api/v1/documents/[documentId]/route.ts → /api/v1/documents/{documentId} */
export const apiPath = (file: string) =>
  `/${path
    .relative(path.join(ROOT, 'app'), path.dirname(file))
    .split(path.sep)
    .join('/')
    .replace(/\[(\w+)\]/g, '{$1}')}`;

export const handlers = new Map<string, Handler>(); // "GET /api/v1/documents/{documentId}" → handler
/** the 405 answers of the methods a route file does not handle (otherMethods) */
export const refusals = new Map<string, Handler>();

type CallOptions = {
  token?: string | null;
  params?: Record<string, string>;
  body?: unknown;
  query?: Record<string, string>;
  headers?: Record<string, string>;
};

/** Calls the handler of `method template` as Next would, with a Bearer token (or none). */
export async function respond(
  method: (typeof METHODS)[number],
  template: string,
  { token, params = {}, body, query, headers: extra }: CallOptions,
): Promise<Response> {
  const handler = handlers.get(`${method} ${template}`) ?? refusals.get(`${method} ${template}`);
  if (!handler) throw new Error(`no handler for ${method} ${template}`);
  const url = new URL(`http://localhost:3000${template.replace(/\{(\w+)\}/g, (_, name: string) => params[name]!)}`);
  for (const [key, value] of Object.entries(query ?? {})) url.searchParams.set(key, value);
  const headers = new Headers();
  if (token) headers.set('authorization', `Bearer ${token}`);
  if (body !== undefined && !(body instanceof FormData)) headers.set('content-type', 'application/json');
  for (const [name, value] of Object.entries(extra ?? {})) headers.set(name, value);
  const request = new Request(url, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' || body instanceof FormData ? body : JSON.stringify(body),
  });
  return handler(request, { params: Promise.resolve(params) });
}

/** The same, for JSON answers: the status and the parsed body (null when empty). */
export async function call(method: (typeof METHODS)[number], template: string, options: CallOptions) {
  const response = await respond(method, template, options);
  const text = await response.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers, read field by field in the tests
  return { status: response.status, json: (text ? JSON.parse(text) : null) as any };
}

export async function action<T>(userId: string, run: () => Promise<ActionResult<T>>) {
  actAs(userId);
  try {
    return await run();
  } finally {
    actAs(null);
  }
}

type Actions = typeof import('@/lib/actions/api-tokens');
export let tokenActions: Actions;

/** A token made through the account page's action, as `userId`. */
export async function makeToken(userId: string, workspace: string, role: WorkspaceRole, expiresIn = '30') {
  const result = await action(userId, () => tokenActions.createApiTokenAction({ workspace, name: `Token ${role}`, role, expiresIn }));
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

export async function desk() {
  const [owner, checker] = await Promise.all([makeUser(), makeUser()]);
  const workspace = await makeWorkspace(owner!.id);
  await addMember(workspace.id, checker!.id, 'checker');
  const document = await importDocument({ workspaceId: workspace.id, userId: owner!.id, imported: importPlainText(TEXT), origin: 'paste' });
  const version = await getDb().documentVersion.findFirstOrThrow({
    where: { documentId: document.id },
    select: { id: true, plainText: true },
  });
  return { owner: owner!, checker: checker!, workspace, document, version };
}

/** Loads the token actions and every route handler under app/api/v1 (call in beforeAll). */
export async function loadApi() {
  tokenActions = await import('@/lib/actions/api-tokens');
  for (const file of routeFiles(V1)) {
    const exported = (await import(file)) as Record<string, unknown>;
    for (const method of METHODS) {
      const handler = exported[method];
      if (typeof handler !== 'function') continue;
      (isMethodNotAllowed(handler) ? refusals : handlers).set(`${method} ${apiPath(file)}`, handler as Handler);
    }
  }
}
