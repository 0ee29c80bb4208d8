import { z } from 'zod';
import { ZEvidenceRef } from './claims';
import { ZOptionalVersion } from './version';

/** Removing evidence may name the version the person saw (checked when sent: 409 if changed since). */
export const ZRemoveEvidence = ZEvidenceRef.extend({ version: ZOptionalVersion });
export type TRemoveEvidence = z.infer<typeof ZRemoveEvidence>;
