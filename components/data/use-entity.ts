'use client';

import useSWR from 'swr';
import { urlOf, type Entity, type EntityData, type EntityKey } from './entity-keys';

/** A refused or failed read, with the message the route handler gave (lib/http/error-response). */
export class ReadError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'ReadError';
  }
}

const FAILED = 'Could not load this. Check your connection and try again.';

async function read<E extends Entity>(key: EntityKey<E>): Promise<EntityData[E]> {
  const response = await fetch(urlOf(key), { cache: 'no-store', headers: { accept: 'application/json' } }).catch(() => null);
  if (!response) throw new ReadError(FAILED, 'network');
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const failure = (body ?? {}) as { code?: unknown; error?: unknown };
    throw new ReadError(
      typeof failure.error === 'string' ? failure.error : FAILED,
      typeof failure.code === 'string' ? failure.code : 'internal',
    );
  }
  return body as EntityData[E]; // the route's own answer, typed by the key (entity-keys.ts)
}

/**
 * Read again when something changed, and only then: a live change or a mutation names the key
 * (components/live/live-provider.tsx, components/forms/use-mutation.ts), not focus or a timer.
 */
const OPTIONS = { revalidateOnFocus: false, revalidateOnReconnect: false, shouldRetryOnError: false } as const;

/**
 * One entity read in the browser through the client cache (SWR): every component with the same
 * key shares one request and one value. `key` null: nothing to read (yet). A failure is shown
 * with `retry`.
 */
export function useEntity<E extends Entity>(key: EntityKey<E> | null) {
  const { data, error, isValidating, mutate } = useSWR<EntityData[E], ReadError, EntityKey<E> | null>(key, read, OPTIONS);
  return { data, error: error?.message ?? null, isLoading: data === undefined && isValidating, retry: () => void mutate() };
}
