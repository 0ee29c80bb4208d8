'use client';

import { useOnline } from './use-online';

/** The id buttons that cannot work offline point at (aria-describedby), to say why they are disabled. */
export const OFFLINE_NOTICE_ID = 'offline-notice';

/** While the browser is offline: a bar saying that saving waits for the connection and nothing typed is lost. */
export function OfflineNotice() {
  const online = useOnline();
  if (online) return null;
  return (
    <p
      id={OFFLINE_NOTICE_ID}
      role="status"
      className="sticky top-0 z-50 border-b border-amber-300 bg-amber-50 px-4 py-2 text-center text-sm text-accent-strong"
    >
      You are offline. Saving is paused until the connection is back; what you type stays here.
    </p>
  );
}
