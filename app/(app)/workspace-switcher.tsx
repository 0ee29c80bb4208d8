'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { DropdownMenu } from 'radix-ui';

export type SwitcherWorkspace = { slug: string; name: string; role: string };

/** The current workspace's name; opens a menu of the user's other workspaces. */
export function WorkspaceSwitcher({ workspaces }: { workspaces: SwitcherWorkspace[] }) {
  const { workspace: currentSlug } = useParams<{ workspace?: string }>();
  const current = workspaces.find((workspace) => workspace.slug === currentSlug);
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className="flex min-w-0 items-center gap-1.5 rounded-md px-2 py-1.5 text-sm hover:bg-stone-100 sm:px-2.5">
        {/* The name read out starts with the words shown (WCAG 2.5.3, label in name). */}
        <span className="max-w-[9rem] truncate font-medium sm:max-w-xs">{current?.name ?? 'Workspaces'}</span>
        <span className="sr-only">: switch workspace</span>
        <span aria-hidden className="text-muted">
          ▾
        </span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        {/* Scrolls when the user has more workspaces than the window can show. */}
        <DropdownMenu.Content
          align="start"
          sideOffset={6}
          collisionPadding={8}
          className="z-50 max-h-(--radix-dropdown-menu-content-available-height) min-w-60 overflow-y-auto rounded-lg border border-rule bg-white p-1 text-sm shadow-lg"
        >
          {workspaces.map((workspace) => (
            <DropdownMenu.Item key={workspace.slug} asChild>
              <Link
                href={`/w/${workspace.slug}`}
                aria-current={workspace.slug === currentSlug ? 'page' : undefined}
                className="flex items-center justify-between gap-4 rounded-md px-2.5 py-2 outline-none data-highlighted:bg-stone-100 aria-[current=page]:font-medium"
              >
                <span>{workspace.name}</span>
                <span className="text-xs text-muted">{workspace.role}</span>
              </Link>
            </DropdownMenu.Item>
          ))}
          <DropdownMenu.Separator className="my-1 h-px bg-rule" />
          <DropdownMenu.Item asChild>
            <Link href="/w" className="block rounded-md px-2.5 py-2 text-muted outline-none data-highlighted:bg-stone-100">
              All workspaces…
            </Link>
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
