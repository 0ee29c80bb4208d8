import { API } from '@/lib/api/endpoints';
import { apiRoute, otherMethods } from '@/lib/http/token-routes';
import { notFound } from '@/lib/errors';
import { listVersions } from '@/lib/server/documents/list-versions';

/** Newest first, without their text (GET one version for it). */
export const GET = apiRoute(API.listVersions, async (_request, { user, membership, params }) => {
  const versions = await listVersions({ userId: user.id, workspaceId: membership.workspace.id, documentId: params.documentId });
  if (versions.length === 0) throw notFound('This document'); // every document has a first version
  return { versions: versions.map(({ plainText, ...version }) => ({ ...version, characters: plainText.length })) };
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
