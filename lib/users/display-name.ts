/** How a person is named in the interface and in notifications. */
export const displayName = (user: { name?: string | null; email: string } | null | undefined) =>
  user ? user.name || user.email : 'Former member';
