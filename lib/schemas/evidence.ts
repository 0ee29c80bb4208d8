import { z } from 'zod';
import { ZEvidenceRef, ZSendBack } from './claims';
import { ZOptionalVersion } from './version';

/**
 * Removing evidence may name the version the person saw (checked when sent: 409 if changed
 * since); `sendBack` when the claim's verdict awaits review.
 */
export const ZRemoveEvidence = ZEvidenceRef.extend({ version: ZOptionalVersion, sendBack: ZSendBack });
export type TRemoveEvidence = z.infer<typeof ZRemoveEvidence>;

/** `?version=&sendBack=` of the API's evidence delete. */
export const ZApiRemoveEvidenceQuery = ZRemoveEvidence.omit({ evidenceId: true });
