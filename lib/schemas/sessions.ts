import { z } from 'zod';

export const ZSessionRef = z.object({ sessionId: z.string().min(1).max(64) });
export const ZNoInput = z.object({});
