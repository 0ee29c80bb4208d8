'use server';

import { userAction } from '@/lib/actions/define-action';
import { ZNoInput, ZSessionRef } from '@/lib/schemas/sessions';
import { getCurrentSession } from '@/lib/server/session/current-user';
import { revokeOtherSessions, revokeSession } from '@/lib/server/session/revoke-sessions';

/** Ends one of the caller's sessions (another browser, or this one). */
export const revokeSessionAction = userAction(ZSessionRef, async ({ user, input }) =>
  revokeSession({ userId: user.id, sessionId: input.sessionId }),
);

/** "Sign out everywhere else": every session of the caller but this browser's ends. */
export const signOutOtherSessionsAction = userAction(ZNoInput, async ({ user }) =>
  revokeOtherSessions({ userId: user.id, keepSessionId: (await getCurrentSession())?.sessionId ?? null }),
);
