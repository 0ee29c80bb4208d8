// The messages of the live stream (GET /api/w/[workspace]/live), parsed at the boundary: the
// browser trusts nothing it did not check. Events carry ids and versions only, never content.
import { z } from 'zod';

const ZId = z.string().min(1).max(200);

export const ZHello = z.object({ connectionId: ZId, instanceId: z.string().optional(), lastEventId: z.string().nullable().optional() });

export const ZLiveChange = z.object({
  id: z.string(),
  entity: z.string(),
  entityId: z.string(),
  documentId: z.string().nullable().optional(),
  action: z.enum(['insert', 'update', 'delete']),
  version: z.union([z.number(), z.string()]).nullable().optional(),
});
export type TLiveChange = z.infer<typeof ZLiveChange>;

export const ZPresencePerson = z.object({
  connectionId: ZId,
  userId: ZId,
  name: z.string().nullable().optional(),
  versionId: z.string().nullable().optional(),
  selectionFrom: z.number().int().nonnegative().nullable().optional(),
  selectionTo: z.number().int().nonnegative().nullable().optional(),
});
export type TPresencePerson = z.infer<typeof ZPresencePerson>;

export const ZPresence = z.object({ documentId: z.string().optional(), people: z.array(ZPresencePerson) });

/** The parsed data of a message, or null when it is not what the contract says. */
export function parseMessage<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> | null {
  if (typeof data !== 'string') return null;
  try {
    const parsed = schema.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
