'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { mutate } from 'swr';
import type { EntityData, EntityKey, Entity } from '@/components/data/entity-keys';
import { useLive } from '@/components/live/live-provider';
import type { LiveWrite } from '@/components/live/own-changes';
import type { ActionFailure, ActionResult } from '@/lib/errors';

/** A cached read's new value, taken from the change's result rather than read again. */
export type FreshRead = { [E in Entity]: { key: EntityKey<E>; data: EntityData[E] } }[Entity];

export type MutationOptions<I, T> = {
  /** Cached reads (components/data) the change alters: read again after it, and after a 'stale' refusal. */
  reads?: (input: I) => EntityKey[];
  /** Cached reads whose new value the result carries: put in the cache, not read again. */
  fresh?: (data: T) => FreshRead[];
  /** The rows the change wrote, at their new versions: their live echo reloads nothing. */
  writes?: (data: T) => LiveWrite[];
  onSuccess?: (data: T, input: I) => void;
  onFailure?: (failure: ActionFailure, input: I) => void;
};

/**
 * The one way a client component changes something: runs a server action (lib/actions, whose
 * answer carries the page rendered again, see define-action.ts), then updates what the client
 * caches — the fresh values the result carries, the other reads named in `reads` read again —
 * and tells the page's live connection which rows it wrote, so their echo reloads nothing.
 * A refusal is kept to be shown (`error`, `fieldErrors`); `isStale` when someone else changed the
 * object meanwhile: the newer state is read (the cached reads, or else the page), and whatever
 * the person typed stays where it is, for them to apply again.
 */
export function useMutation<I, T>(action: (input: I) => Promise<ActionResult<T>>, options: MutationOptions<NoInfer<I>, NoInfer<T>> = {}) {
  const router = useRouter();
  const live = useLive();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [result, setResult] = useState<ActionResult<T> | null>(null);

  /** The change itself, in whatever transition the caller is in (a form action is in one already). */
  const perform = async (input: I): Promise<ActionResult<T>> => {
    const done = live?.beginOwnChange();
    const outcome = await action(input).catch((): ActionResult<T> => ({ ok: false, code: 'internal', error: UNREACHABLE }));
    const reads = options.reads?.(input) ?? [];
    if (outcome.ok) {
      const fresh = options.fresh?.(outcome.data) ?? [];
      for (const { key, data } of fresh) void mutate(key, data, { revalidate: false });
      for (const key of reads) if (!fresh.some((entry) => sameKey(entry.key, key))) void mutate(key);
      done?.(options.writes?.(outcome.data) ?? []);
      setFailure(null);
      options.onSuccess?.(outcome.data, input);
    } else {
      done?.([]);
      // A 'stale' refusal is shown with the newer state already read: saving again straight after
      // it then applies to that state, rather than being refused a second time.
      if (outcome.code === 'stale') {
        if (reads.length > 0) await Promise.all(reads.map((key) => mutate(key).catch(() => undefined)));
        else router.refresh();
      }
      setFailure(outcome);
      options.onFailure?.(outcome, input);
    }
    setResult(outcome);
    return outcome;
  };

  /** Runs the change in a transition of its own (`pending` until the page shows it). */
  const run = (input: I) =>
    new Promise<ActionResult<T>>((resolve) => {
      setFailure(null);
      setResult(null);
      startTransition(async () => resolve(await perform(input)));
    });

  return {
    run,
    /** For useFormMutation: the change inside the form action's own transition. */
    perform,
    pending,
    /** The last result, while no newer run replaced it. */
    result,
    /** The refusal's message, or null. */
    error: failure?.error ?? null,
    fieldErrors: failure?.fieldErrors ?? {},
    /** Refused because someone else changed the object since it was read ('stale'). */
    isStale: failure?.code === 'stale',
    /** Forget the last result (Cancel). */
    reset: () => {
      setFailure(null);
      setResult(null);
    },
  };
}

/** The action never answered (the network, or the server going away): nothing was changed that we know of. */
const UNREACHABLE = 'Could not reach Margin. Check your connection and try again.';

const sameKey = (a: EntityKey, b: EntityKey) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
