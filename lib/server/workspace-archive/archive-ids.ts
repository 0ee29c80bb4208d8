import 'server-only';
import { randomUUID } from 'node:crypto';
import { ArchiveError } from '@/lib/archive/read-archive';
import { renameMentions } from '@/lib/comments/mentions';
import { newId } from '@/lib/server/new-id';

/** The import's ids: each archived object's old id → the new one it gets in this database. */
export class ArchiveIds {
  readonly map = new Map<string, string>();

  /** A new id for an object the archive holds (an id seen twice is a damaged archive). */
  fresh(old: string, make: () => string = newId): string {
    if (this.map.has(old)) throw new ArchiveError(`The archive holds the id ${old} twice.`);
    const id = make();
    this.map.set(old, id);
    return id;
  }

  /** Records that `old` is `id` here (a member matched to an existing account). */
  same(old: string, id: string) {
    if (this.map.has(old)) throw new ArchiveError(`The archive holds the id ${old} twice.`);
    this.map.set(old, id);
  }

  /** The new id of an object an earlier record created; a reference to nothing is refused. */
  ref(old: string): string {
    const id = this.map.get(old);
    if (!id) throw new ArchiveError(`The archive refers to ${old}, which it does not hold.`);
    return id;
  }

  refN(old: string | null): string | null {
    return old === null ? null : this.ref(old);
  }

  /** A plain reference, not a foreign key (an audit entry's object, which may be gone): mapped when known, else kept. */
  loose<T extends string | null>(old: T): T {
    return (old === null ? old : (this.map.get(old) ?? old)) as T;
  }

  /** A claim group: the same new group for every claim that shared the old one. */
  group(old: string | null): string | null {
    if (old === null) return null;
    return this.map.get(old) ?? this.fresh(old, randomUUID);
  }

  /** A comment body: its mentions name the members' new ids. */
  mentions(body: string): string {
    return renameMentions(body, (userId) => this.map.get(userId) ?? userId);
  }

  /** JSON of the audit trail: every string that is a known old id becomes its new id, and so do the ids in mentions. */
  json(value: unknown): unknown {
    if (typeof value === 'string') return this.map.get(value) ?? this.mentions(value);
    if (Array.isArray(value)) return value.map((item) => this.json(item));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.json(item)]));
    }
    return value;
  }
}
