import Link from 'next/link';
import { Fragment } from 'react';

/** "Workspaces / Demo desk /" above a page title; every crumb is a link up the hierarchy. */
export function Breadcrumbs({ items }: { items: { href: string; label: string }[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-muted">
      {items.map((item, index) => (
        <Fragment key={item.href}>
          {index > 0 && ' / '}
          <Link href={item.href} className="hover:underline">
            {item.label}
          </Link>
        </Fragment>
      ))}
    </nav>
  );
}
