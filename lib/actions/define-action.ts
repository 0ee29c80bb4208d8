// Server actions in one shape: authenticate → authorize in the workspace → validate → run →
// { ok, data } | { ok: false, code, error }. Actions change things; the browser reads through
// route handlers (lib/http/session-routes.ts). Actions built here are what the authorization
// matrix test (tests/integration/authorization-matrix.test.ts) enumerates from lib/actions.
import { refresh } from 'next/cache';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { describeError, type ActionResult } from '@/lib/errors';
import type { Permission } from '@/lib/permissions';
import { ZWorkspaceRef } from '@/lib/schemas/workspace';
import { requireActionUser, type CurrentUser } from '@/lib/server/session/current-user';
import { getMembershipOrThrow, type WorkspaceMembership } from '@/lib/server/workspaces/get-membership';
import { formDataToObject, parseInput } from '@/lib/validation';

export type ActionInput = FormData | Record<string, unknown>;

export async function runAction<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    unstable_rethrow(error); // redirect() and notFound() are control flow, not failures
    return { ok: false, ...describeError(error).body };
  }
}

const toObject = (raw: ActionInput): Record<string, unknown> => (raw instanceof FormData ? formDataToObject(raw) : raw);

/**
 * After a successful change, the page the browser shows is rendered again with fresh data, in
 * the action's own answer (no second request): nearly every change shows in something a server
 * component renders (progress, activity, lists), and so the page is right even while its live
 * connection is down. Reads the client caches (components/data) are updated by the mutation hook
 * (components/forms/use-mutation.ts); the change's live echo reloads nothing on this page.
 */
function refreshAfter<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) refresh();
  return result;
}

/** An action of a signed-in user outside any workspace (their account, a new workspace). */
export function userAction<S extends z.ZodType, T>(schema: S, handler: (context: { user: CurrentUser; input: z.output<S> }) => Promise<T>) {
  return async (raw: ActionInput): Promise<ActionResult<T>> =>
    refreshAfter(
      await runAction(async () => {
        const user = await requireActionUser();
        return handler({ user, input: parseInput(schema, toObject(raw)) });
      }),
    );
}

/**
 * An action inside the workspace named by the input's `workspace` slug. A workspace the caller
 * is not in answers 404 before anything else is looked at; a role without `permission`, 403.
 */
export function workspaceAction<S extends z.ZodType, T>(
  permission: Permission,
  schema: S,
  handler: (context: { user: CurrentUser; membership: WorkspaceMembership; input: z.output<S> }) => Promise<T>,
) {
  return async (raw: ActionInput): Promise<ActionResult<T>> =>
    refreshAfter(
      await runAction(async () => {
        const user = await requireActionUser();
        const data = toObject(raw);
        const { workspace: slug } = parseInput(ZWorkspaceRef, data);
        const membership = await getMembershipOrThrow({ userId: user.id, slug, permission });
        return handler({ user, membership, input: parseInput(schema, data) });
      }),
    );
}
