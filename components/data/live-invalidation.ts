import type { TLiveChange } from '@/lib/live/events';
import { isEntityKey } from './entity-keys';

/**
 * Which cached reads of `workspace` a live change makes stale ('reset': all of them). Events
 * carry ids only: a change of evidence or a source may concern any claim shown, a comment any
 * thread shown (only the keys on screen are read again).
 */
export function staleAfter(change: TLiveChange | 'reset', workspace: string): (key: unknown) => boolean {
  return (key) => {
    if (!isEntityKey(key) || key[1] !== workspace) return false;
    if (change === 'reset') return true;
    const [entity, , id] = key;
    switch (change.entity) {
      // "Seen before" shows other claims (matches, linked claims) and their evidence: any change of one may concern it
      case 'claim':
        return (entity === 'claim' && id === change.entityId) || entity === 'memory';
      case 'evidence':
      case 'source':
        return entity === 'claim' || entity === 'memory';
      case 'comment':
        return entity === 'comments';
      default:
        return false;
    }
  };
}
