import { readBody } from '@/lib/http/read-request';
import { API } from '@/lib/api/endpoints';
import { apiRoute, otherMethods } from '@/lib/http/token-routes';
import { ZAddEvidence } from '@/lib/schemas/evidence';
import { addEvidenceFromInput } from '@/lib/server/evidence/add-evidence';

/**
 * Adds evidence to the claim: a web page { url, stance, quote? } (the default kind), a record
 * { kind: "record", person, role?, date, channel, notes?, contact?, stance, quote? }, a dataset
 * { kind: "dataset", url, … } or an uploaded file { kind: "document", uploadId, … }, each with
 * `sendBack?` (409 when that source or file is already there, when the claim was reviewed, or
 * when its verdict awaits review and `sendBack` is not true).
 */
export const POST = apiRoute(API.addEvidence, async (request, { user, membership, params }) => {
  const input = await readBody(request, ZAddEvidence, params);
  return addEvidenceFromInput({ workspaceId: membership.workspace.id, userId: user.id, input });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
