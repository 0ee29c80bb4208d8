// Where a reader can look a source up in the public web archives. Only links are made here:
// the server never asks the archives anything.

export type ArchiveLinks = { internetArchive: string; archiveToday: string };

/** The Internet Archive's list of snapshots of `url`, and archive.today's newest snapshot of it. */
export function archiveLinks(url: string): ArchiveLinks {
  return {
    internetArchive: `https://web.archive.org/web/*/${url}`,
    archiveToday: `https://archive.ph/newest/${url}`,
  };
}
