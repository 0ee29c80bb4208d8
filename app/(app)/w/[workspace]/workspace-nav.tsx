'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/components/ui/cn';

/** Tabs of a workspace; the documents tab stays current inside a document. */
export function WorkspaceNav({ tabs }: { tabs: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const [home, ...others] = tabs;
  const currentHref = others.find((tab) => pathname.startsWith(tab.href))?.href ?? home?.href;
  return (
    <nav aria-label="Workspace" className="border-b border-rule bg-white/60">
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2 sm:px-4">
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={tab.href === currentHref ? 'page' : undefined}
              className={cn(
                'inline-block border-b-2 border-transparent px-3 py-2.5 text-sm text-muted hover:text-ink',
                'aria-[current=page]:border-accent aria-[current=page]:text-ink',
              )}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
