import { useEffect } from 'react';

/**
 * Keeps `?annotation=<id>` in the address naming the annotation open in the claim view (none
 * when it is closed), so the address can be copied, reloaded or shared and opens the same
 * claim. Replaced, not pushed: Back leaves the document instead of stepping through claims.
 * Next.js keeps its router in step with the history API.
 */
export function useAnnotationAddress(activeId: string | null) {
  useEffect(() => {
    const url = new URL(window.location.href);
    if (url.searchParams.get('annotation') === activeId) return;
    if (activeId) url.searchParams.set('annotation', activeId);
    else url.searchParams.delete('annotation');
    window.history.replaceState(null, '', `${url.pathname}${url.search}${url.hash}`);
  }, [activeId]);
}
