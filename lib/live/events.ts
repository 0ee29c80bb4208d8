// The live feed's messages, shared by the server (SSE route, listener) and the browser.
// Events carry ids and versions only, never content: a client reloads what changed.
import { z } from 'zod';

export const LIVE_ENTITIES = [
  'annotation',
  'claim',
  'comment',
  'evidence',
  'version',
  'document',
  'notification',
  'membership',
  'source',
] as const;
export type TLiveEntity = (typeof LIVE_ENTITIES)[number];
export const LIVE_ACTIONS = ['insert', 'update', 'delete'] as const;

/** A "LiveEvent" row as pg_notify('margin_live') announces it (id as a string: it is a BIGINT). */
export const ZLiveEvent = z.object({
  id: z.string().regex(/^\d+$/),
  workspaceId: z.string(),
  documentId: z.string().nullable(),
  userId: z.string().nullable(),
  entity: z.enum(LIVE_ENTITIES),
  entityId: z.string(),
  action: z.enum(LIVE_ACTIONS),
  version: z.number().int().nullable(),
});
export type TLiveEvent = z.infer<typeof ZLiveEvent>;

/** `event: change` — what a subscriber learns of an event. */
export const ZLiveChange = ZLiveEvent.pick({ id: true, entity: true, entityId: true, documentId: true, action: true, version: true });
export type TLiveChange = z.infer<typeof ZLiveChange>;

export const toLiveChange = ({ id, entity, entityId, documentId, action, version }: TLiveEvent): TLiveChange => ({
  id,
  entity,
  entityId,
  documentId,
  action,
  version,
});

/** `event: hello` — first message of every stream. lastEventId: the newest event id ("0" when none). */
export const ZLiveHello = z.object({ connectionId: z.string(), instanceId: z.string(), lastEventId: z.string().regex(/^\d+$/) });
export type TLiveHello = z.infer<typeof ZLiveHello>;

export const ZPresencePerson = z.object({
  connectionId: z.string(),
  userId: z.string(),
  name: z.string(),
  versionId: z.string().nullable(),
  selectionFrom: z.number().int().nullable(),
  selectionTo: z.number().int().nullable(),
});
export type TPresencePerson = z.infer<typeof ZPresencePerson>;

/** `event: presence` — everyone who has the document open now (the receiver's own connection too). */
export const ZLivePresence = z.object({ documentId: z.string(), people: z.array(ZPresencePerson) });
export type TLivePresence = z.infer<typeof ZLivePresence>;

/** pg_notify('margin_presence') payload. */
export const ZPresenceNotice = z.object({ documentId: z.string() });

/** POST …/documents/[documentId]/presence — where the page's selection is; also its heartbeat. */
export const ZPresenceUpdate = z
  .object({
    connectionId: z.string().min(1).max(64),
    versionId: z.string().min(1).max(64).nullable(),
    selection: z
      .object({ from: z.number().int().min(0).max(100_000_000), to: z.number().int().min(0).max(100_000_000) })
      .refine(({ from, to }) => from <= to, 'A selection ends after it starts.')
      .nullable(),
  })
  .refine(({ versionId, selection }) => versionId !== null || selection === null, {
    message: 'A selection needs the version it is in.',
    path: ['selection'],
  });
export type TPresenceUpdate = z.infer<typeof ZPresenceUpdate>;

/** A cursor the client sends back (Last-Event-ID or ?since=): an event id (a non-negative BIGINT). */
export const ZLiveCursor = z
  .string()
  .refine((value) => /^\d{1,19}$/.test(value) && BigInt(value) <= 9_223_372_036_854_775_807n, 'Not an event id.');
