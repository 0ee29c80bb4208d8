/** How a person is named in the interface and in notifications. */
export const displayName = (user: { name?: string | null; email: string } | null | undefined) =>
  user ? user.name || user.email : 'Former member';

/** Who wrote something: its author in the tool it was imported from (by a member), or the member. */
export const writerName = (user: { name?: string | null; email: string } | null | undefined, importedCreator: string | null | undefined) =>
  importedCreator ? `${importedCreator} (imported by ${displayName(user)})` : displayName(user);
