import type { LinkStatus } from '@/lib/generated/prisma/enums';

/** What one check of a source found, as the "Check now" / "Capture now" buttons report it. */
export type SourceCheckResult = {
  sourceId: string;
  status: LinkStatus;
  previousStatus: LinkStatus;
  /** The capture this check stored, or null when nothing changed and none was kept. */
  captureId: string | null;
  /** Why the page could not be read (DNS, refused address, HTTP 404…), when it could not. */
  error: string | null;
  /** One sentence for the person who asked. */
  message: string;
};

/** Who asked for a capture: stored on the capture as its trigger. */
export type CaptureTrigger = 'added' | 'manual' | 'schedule';
