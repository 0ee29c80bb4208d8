import { archiveLinks } from '@/lib/sources/archive-links';

/** Links to look the page up in public web archives; the browser goes there, never our server. */
export function ArchiveLinks({ url }: { url: string }) {
  const links = archiveLinks(url);
  return (
    <p className="text-sm">
      <span className="text-muted">Look it up in </span>
      <a href={links.internetArchive} target="_blank" rel="noopener noreferrer nofollow" className="underline underline-offset-2">
        the Internet Archive
      </a>
      <span className="text-muted"> or </span>
      <a href={links.archiveToday} target="_blank" rel="noopener noreferrer nofollow" className="underline underline-offset-2">
        archive.today
      </a>
    </p>
  );
}
