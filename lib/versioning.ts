// Optimistic concurrency ("no lost updates"): every mutable object carries a `version`; a write
// names the version it was based on, and a write based on an older one is refused with 409 and
// the error code `stale` (lib/errors.ts).
// Shared by the server (the refusal) and the browser (showing it), so nothing here is server-only.

/** What a person sees when their change lost the race: the page shows the newer state. */
export const STALE_MESSAGE = 'Someone else changed this while you were editing — here is the current version; apply yours again?';
