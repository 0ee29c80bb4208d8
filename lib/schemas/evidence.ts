import { z } from 'zod';
import { EVIDENCE_KINDS, RECORD_CHANNELS } from '@/lib/evidence/kinds';
import { MAX_QUOTE_CHARS } from '@/lib/evidence/upload-quote';
import { EVIDENCE_STANCES } from '@/lib/claims/evidence-stances';
import { ZClaimRef, ZEvidenceRef, ZSendBack, ZSourceUrl } from './claims';
import { ZOptionalVersion } from './version';

/** Empty form fields count as not given. */
const blankAsMissing = <S extends z.ZodType>(schema: S) =>
  z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());

const ZText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((value) => value || null);

const ZOffset = blankAsMissing(z.coerce.number().int().min(0));

const common = {
  stance: z.enum(EVIDENCE_STANCES, { message: 'Choose whether the evidence supports, contradicts or gives context.' }),
  quote: ZText(MAX_QUOTE_CHARS, 'Keep the quote under 5,000 characters.'),
  /** the person was told that adding it sends a claim whose verdict awaits review back to in progress */
  sendBack: ZSendBack,
};

const ZUploadId = z.string().trim().min(1, 'Upload the file first.').max(64);
const ZTitle = ZText(300, 'Keep the title under 300 characters.');

/** A web page (the kind when none is named, as before kinds existed). */
const ZWebEvidence = ZClaimRef.extend({ kind: z.literal('web').default('web'), url: ZSourceUrl, ...common });

/** A document or image uploaded first (POST /api/w/<workspace>/evidence-uploads); the quote may be a selection of its text. */
const ZDocumentEvidence = ZClaimRef.extend({
  kind: z.literal('document'),
  uploadId: ZUploadId,
  title: ZTitle,
  quoteStart: ZOffset,
  quoteEnd: ZOffset,
  ...common,
});

/** An interview, a phone call or an email: who, their role, when, how, notes; contact details stay in the workspace. */
const ZRecordEvidence = ZClaimRef.extend({
  kind: z.literal('record'),
  person: z.string().trim().min(1, 'Name the person you spoke to.').max(200, 'Keep the name under 200 characters.'),
  role: ZText(200, 'Keep the role under 200 characters.'),
  date: z.iso.date({ message: 'Give the day it took place.' }),
  channel: z.enum(RECORD_CHANNELS, { message: 'Choose interview, phone call or email.' }),
  notes: ZText(20000, 'Keep the notes under 20,000 characters.'),
  contact: ZText(500, 'Keep the contact details under 500 characters.'),
  ...common,
});

/** A dataset or an official record: an address or an uploaded file, not both. */
const ZDatasetEvidence = ZClaimRef.extend({
  kind: z.literal('dataset'),
  url: blankAsMissing(ZSourceUrl),
  uploadId: blankAsMissing(ZUploadId),
  title: ZTitle,
  quoteStart: ZOffset,
  quoteEnd: ZOffset,
  ...common,
});

export const ZAddEvidence = z
  .discriminatedUnion('kind', [ZWebEvidence, ZDocumentEvidence, ZRecordEvidence, ZDatasetEvidence], {
    error: `Choose what kind of evidence this is (${EVIDENCE_KINDS.join(', ')}).`,
  })
  .superRefine((input, context) => {
    if (input.kind === 'dataset' && (input.url === undefined) === (input.uploadId === undefined))
      context.addIssue({ code: 'custom', path: ['url'], message: 'Give the dataset’s address or upload its file (one of the two).' });
  });
export type TAddEvidence = z.output<typeof ZAddEvidence>;

/**
 * Removing evidence may name the version the person saw (checked when sent: 409 if changed
 * since); `sendBack` when the claim's verdict awaits review.
 */
export const ZRemoveEvidence = ZEvidenceRef.extend({ version: ZOptionalVersion, sendBack: ZSendBack });
export type TRemoveEvidence = z.infer<typeof ZRemoveEvidence>;

/** `?version=&sendBack=` of the API's evidence delete. */
export const ZApiRemoveEvidenceQuery = ZRemoveEvidence.omit({ evidenceId: true });

export const ZEvidenceUploadRef = z.object({ uploadId: z.string().min(1).max(64) });
