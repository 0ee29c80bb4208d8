// A desk for the live tests: members of each role, an outsider with a workspace of their own, a
// document each, and streams opened through the real route handler as a given user.
import { afterAll, beforeAll } from 'vitest';
import { getDb } from '@/lib/db';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { createDocument } from '@/lib/server/documents/create-document';
import { getLiveService } from '@/lib/server/live/live-service';
import { addMember, makeUser, makeWorkspace } from './factories';
import { actAs } from './session';
import { readSse } from './sse-reader';

export const LIVE_TEXT = 'North Korea has shipped over 16,500 containers of munitions to Russia since 2023.';

type LiveRoute = (request: Request, context: { params: Promise<{ workspace: string }> }) => Promise<Response>;

async function makeDocument(workspaceId: string, userId: string) {
  const document = await createDocument({
    workspaceId,
    userId,
    title: 'Munitions',
    blocks: [{ type: 'paragraph', text: LIVE_TEXT }],
    origin: 'paste',
  });
  const version = await getDb().documentVersion.findFirstOrThrow({ where: { documentId: document.id }, select: { id: true } });
  return { id: document.id, versionId: version.id };
}

export async function liveDesk() {
  const [owner, checker, viewer, outsider] = await Promise.all([
    makeUser({ name: 'Olga Owner' }),
    makeUser({ name: 'Ana Checker' }),
    makeUser({ name: 'Vic Viewer' }),
    makeUser({ name: 'Sam Outsider' }),
  ]);
  const workspace = await makeWorkspace(owner.id);
  const checkerMembership = await addMember(workspace.id, checker.id, 'checker');
  const viewerMembership = await addMember(workspace.id, viewer.id, 'viewer');
  const elsewhere = await makeWorkspace(outsider.id);
  const [document, otherDocument, outsiderDocument] = await Promise.all([
    makeDocument(workspace.id, owner.id),
    makeDocument(workspace.id, owner.id),
    makeDocument(elsewhere.id, outsider.id),
  ]);

  /** Marks `quote` in the desk's document (or another of the workspace's / the outsider's). */
  const mark = (
    userId: string,
    quote: string,
    {
      kind = 'figure',
      visibility = 'shared',
      on = document,
      workspaceId = workspace.id,
    }: {
      kind?: 'figure' | 'note' | 'claim';
      visibility?: 'shared' | 'private';
      on?: { id: string; versionId: string };
      workspaceId?: string;
    } = {},
  ) => {
    const start = LIVE_TEXT.indexOf(quote);
    return createAnnotation({
      workspaceId,
      userId,
      documentId: on.id,
      versionId: on.versionId,
      start,
      end: start + quote.length,
      kind,
      visibility,
      tagIds: [],
    });
  };

  return {
    owner,
    checker,
    viewer,
    outsider,
    workspace,
    elsewhere,
    document,
    otherDocument,
    outsiderDocument,
    checkerMembership,
    viewerMembership,
    mark,
  };
}

/** Opens the live route as `userId`; `query` e.g. { document: id, since: '12' }. */
export async function openLive(
  route: LiveRoute,
  userId: string | null,
  slug: string,
  { query = {}, headers = {} }: { query?: Record<string, string>; headers?: Record<string, string> } = {},
) {
  const url = new URL(`http://localhost:3000/api/w/${slug}/live`);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  const abort = new AbortController();
  actAs(userId);
  try {
    const response = await route(new Request(url, { signal: abort.signal, headers }), { params: Promise.resolve({ workspace: slug }) });
    return { response, abort, sse: response.ok ? readSse(response) : null };
  } finally {
    actAs(null);
  }
}

export type OpenStream = Awaited<ReturnType<typeof openLive>> & { sse: ReturnType<typeof readSse> };

/** Opens a stream that must succeed, and waits for its hello. */
export async function subscribe(
  route: LiveRoute,
  userId: string,
  slug: string,
  options: Parameters<typeof openLive>[3] = {},
): Promise<OpenStream> {
  const opened = await openLive(route, userId, slug, options);
  if (!opened.sse) throw new Error(`the live route answered ${opened.response.status}: ${await opened.response.text()}`);
  await opened.sse.waitFor((message) => message.event === 'hello');
  return opened as OpenStream;
}

/** The change messages a stream received, as "entity:action:entityId". */
export const changesOf = (stream: OpenStream) =>
  stream.sse.messages
    .filter((message) => message.event === 'change')
    .map((message) => {
      const { entity, action, entityId } = message.data as { entity: string; action: string; entityId: string };
      return `${entity}:${action}:${entityId}`;
    });

export const hasChange = (entity: string, entityId: string, action?: string) => (message: { event: string; data: unknown }) => {
  if (message.event !== 'change') return false;
  const data = message.data as { entity: string; entityId: string; action: string };
  return data.entity === entity && data.entityId === entityId && (action === undefined || data.action === action);
};

/**
 * A test file's live route (imported once its `@/auth` mock is in place) and the streams it
 * opens: every one is closed, and this process's live service stopped, after the file.
 */
export function liveStreams(loadRoute: () => Promise<LiveRoute>) {
  let route: LiveRoute;
  const streams: OpenStream[] = [];
  beforeAll(async () => {
    route = await loadRoute();
  });
  afterAll(async () => {
    for (const stream of streams) stream.abort.abort();
    await getLiveService().stop();
  });
  return {
    route: () => route,
    async open(userId: string, slug: string, options: Parameters<typeof openLive>[3] = {}) {
      const stream = await subscribe(route, userId, slug, options);
      streams.push(stream);
      return stream;
    },
  };
}
