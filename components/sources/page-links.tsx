import Link from 'next/link';

/** "Previous page · Page 2 of 5 · Next page" under a paginated list. */
export function PageLinks({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className="underline underline-offset-2">
          Previous page
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} className="underline underline-offset-2">
          Next page
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
