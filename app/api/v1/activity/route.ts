import { API } from '@/lib/api/endpoints';
import { readQuery } from '@/lib/http/read-request';
import { apiRoute, otherMethods } from '@/lib/http/token-routes';
import { ZApiActivityQuery } from '@/lib/schemas/api';
import { listWorkspaceActivity } from '@/lib/server/activity/list-workspace-activity';

/** The workspace's activity, newest first, 50 a page (?cursor= the page before's nextCursor); private entries for their member only. */
export const GET = apiRoute(API.listActivity, async (request, { user, membership }) => {
  const { cursor } = readQuery(request, ZApiActivityQuery);
  return listWorkspaceActivity({ userId: user.id, workspaceId: membership.workspace.id, cursor });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
