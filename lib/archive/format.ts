// A workspace archive (`npm run workspace -- export|import`, docs/OPERATIONS.md "Moving a workspace"):
// one gzip'd file of JSON lines. The first line is the header; then one record per line, grouped
// by type in RECORD_TYPES order (what a row refers to always comes before it); the last line is
// `end`, with the count of each type, so a cut-off file is refused.
import { z } from 'zod';

export const ARCHIVE_FORMAT = 'margin-workspace-archive';
/** Raise it when a record's shape changes; an import refuses any version it does not know. */
export const ARCHIVE_VERSION = 1;

/** The order records are written and must be read in. */
export const RECORD_TYPES = [
  'user',
  'workspace',
  'membership',
  'publishingProfile',
  'tag',
  'source',
  'sourceCapture',
  'evidenceUpload',
  'publishedFactCheck',
  'document',
  'documentVersion',
  'documentSource',
  'suggestionDismissal',
  'annotation',
  'annotationAnchor',
  'annotationTag',
  'claim',
  'evidence',
  'comment',
  'commentMention',
  'notification',
  'activity',
] as const;
export type TRecordType = (typeof RECORD_TYPES)[number];

/**
 * Tables of the schema an archive leaves out, and why (docs/OPERATIONS.md says the same). A new
 * model must be archived or listed here: the archive's integration test checks every one.
 */
export const LEFT_OUT_MODELS = {
  Account: 'sign-in identities belong to the person on one server, not to the workspace',
  Session: 'sign-in state of one server',
  SignInSession: 'sign-in state of one server',
  TwoFactor: 'its secret is sealed with the exporting server’s AUTH_SECRET',
  TwoFactorRecoveryCode: 'belongs with the two-factor secret',
  VerificationToken: 'sign-in state of one server',
  EmailVerification: 'a link that works on one server only',
  PasswordReset: 'a link that works on one server only',
  AccountEvent: 'a person’s own security activity on one server, not the workspace’s',
  RateLimitBucket: 'abuse counters of one server',
  SignInBackoff: 'abuse counters of one server',
  Invitation: 'a link that works on one server only: invite again on the new one',
  ApiToken: 'secrets of one server: members make new tokens',
  Webhook: 'its signing secret is sealed with the exporting server’s AUTH_SECRET: add the webhooks again',
  WebhookDelivery: 'the delivery log of those webhooks',
  LiveEvent: 'a change feed kept for a day, for open pages',
  Presence: 'who has a page open right now',
} as const;

/** What an import reads at most from an untrusted file (docs/LIMITS.md). */
export const ARCHIVE_LIMITS = {
  /** one line, in characters: an evidence file (20 MB) in base64 with its text fits */
  lineChars: 64 * 1024 * 1024,
  /** the whole file once unpacked */
  unpackedBytes: 32 * 1024 * 1024 * 1024,
  /** records of one type */
  recordsPerType: 5_000_000,
} as const;
export type TArchiveLimits = { [K in keyof typeof ARCHIVE_LIMITS]: number };

export const ZArchiveHeader = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.number().int().positive(),
  exportedAt: z.iso.datetime(),
  /** the slug the workspace had where it was exported */
  slug: z.string().max(200),
});
export type TArchiveHeader = z.infer<typeof ZArchiveHeader>;

export const ZArchiveEnd = z.object({
  type: z.literal('end'),
  counts: z.partialRecord(z.enum(RECORD_TYPES), z.number().int().nonnegative()),
});
