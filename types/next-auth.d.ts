import type { DefaultSession } from 'next-auth';

declare module 'next-auth' {
  interface Session {
    user: { id: string } & DefaultSession['user'];
    /** The SignInSession row this cookie belongs to (lib/server/session/). */
    sessionId?: string;
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    /** The SignInSession row, set at sign-in. */
    sid?: string;
  }
}
