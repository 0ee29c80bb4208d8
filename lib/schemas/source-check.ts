import { z } from 'zod';

/** "Check now" / "Capture now" name one source of the workspace. */
export const ZSourceRef = z.object({ sourceId: z.string().min(1, 'Name the source.').max(64) });
export type TSourceRef = z.infer<typeof ZSourceRef>;
