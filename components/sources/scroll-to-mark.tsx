'use client';

import { useEffect } from 'react';

/** Brings the element with `id` (the highlighted quote) into view once the page has rendered. */
export function ScrollToMark({ id }: { id: string }) {
  useEffect(() => {
    document.getElementById(id)?.scrollIntoView({ block: 'center' });
  }, [id]);
  return null;
}
