'use client';

import { initialsOf, userColours } from '@/lib/live/user-colour';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { useLive } from './live-provider';

/** Everyone who has the document open, one avatar a person however many tabs they have. */
export function PresenceAvatars() {
  const viewerId = useWorkspace().viewer.id;
  const live = useLive();
  const people = [...new Map((live?.people ?? []).map((person) => [person.userId, person])).values()];
  if (people.length === 0) return null;
  // You first, then the others in the order they came.
  people.sort((a, b) => Number(b.userId === viewerId) - Number(a.userId === viewerId));
  return (
    <ul aria-label="Reading this document now" className="flex items-center -space-x-1.5" data-testid="presence">
      {people.map((person) => {
        const name = person.name || 'A member';
        const label = person.userId === viewerId ? `${name} (you)` : name;
        return (
          <li key={person.userId} title={label}>
            <span
              role="img"
              aria-label={label}
              className="flex h-7 w-7 items-center justify-center rounded-full text-[11px] font-semibold text-white ring-2 ring-white"
              style={{ backgroundColor: userColours(person.userId).solid }}
              data-testid="presence-avatar"
            >
              <span aria-hidden="true">{initialsOf(name)}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
