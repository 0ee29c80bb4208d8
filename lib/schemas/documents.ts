import { z } from 'zod';
import { ZVersion } from './version';
import { BLOCK_TYPES } from '@/lib/text-model';

const ZOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep it under ${max} characters.`)
    .optional()
    .transform((value) => value || null);

/** The longest title of a document, and the most text one paste may hold (the import form shows both). */
export const MAX_TITLE_CHARS = 300;
export const MAX_PASTED_CHARS = 2_000_000;

export const ZPasteImport = z.object({
  title: ZOptionalText(MAX_TITLE_CHARS),
  text: z
    .string()
    .trim()
    .min(1, 'Paste the article text.')
    .max(MAX_PASTED_CHARS, 'That is more text than one document can hold (2 million characters).'),
});

/** An address typed without its scheme ("example.org/report", "//example.org/report") is tried over https. */
export function withScheme(address: string): string {
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(address)) return address;
  return address.startsWith('//') ? `https:${address}` : `https://${address}`;
}

/** A web address to fetch: http(s), tried over https when typed without its scheme; `what` names it in the messages ("the article"). */
export const ZWebAddress = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter the address of ${what}.`)
    .max(2048, 'Addresses longer than 2,048 characters cannot be imported.')
    .transform(withScheme)
    .pipe(
      z
        .string()
        .url(`Enter the address of ${what}, like https://example.org/report`)
        .refine((value) => /^https?:\/\//i.test(value), 'Only http and https addresses can be imported.'),
    );

export const ZUrlImport = z.object({ url: ZWebAddress('the article') });

export const ZDocumentRef = z.object({ documentId: z.string().min(1).max(64) });

/** Archive a document, or bring it back: a form's "true" / "false". */
export const ZArchiveDocument = ZDocumentRef.extend({ archived: z.enum(['true', 'false']).transform((value) => value === 'true') });

/**
 * `metadataVersion` is the document's own version as the form (or API client) read it — not a
 * version of its text: an edit based on an older one is refused (409).
 */
export const ZDocumentMetadata = z.object({
  metadataVersion: ZVersion,
  title: z.string().trim().min(1, 'Give the document a title.').max(300),
  byline: ZOptionalText(300),
  originUrl: z
    .string()
    .trim()
    .max(2000)
    .optional()
    .transform((value) => value || null)
    .refine((value) => value === null || /^https?:\/\/\S+$/i.test(value), 'Only http and https addresses.'),
  publishedAt: z
    .string()
    .trim()
    .optional()
    .transform((value, context) => {
      if (!value) return null;
      const date = new Date(value);
      if (Number.isNaN(date.getTime())) {
        context.addIssue({ code: 'custom', message: 'Enter a date like 2024-11-05.' });
        return z.NEVER;
      }
      return date;
    }),
});

/** Upload limit for imported files. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const IMPORT_TOO_LARGE = `Files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB can be imported.`;

/** An edited document as the editor sends it: flat blocks of plain text (lib/text-model.ts). */
const ZTextNode = z.object({ type: z.literal('text'), text: z.string() }).passthrough();
const ZEditedBlock = z.object({
  type: z.enum(BLOCK_TYPES),
  attrs: z.record(z.string(), z.unknown()).optional(),
  content: z.array(ZTextNode).optional(),
});
export const ZEditedDoc = z.object({ type: z.literal('doc'), content: z.array(ZEditedBlock).max(50_000) });

const ZMappedAnchors = z
  .array(
    z.object({
      annotationId: z.string().min(1).max(64),
      start: z.number().int().min(0).nullable(),
      end: z.number().int().min(0).nullable(),
    }),
  )
  .max(100_000);
export type TMappedAnchor = z.infer<typeof ZMappedAnchors>[number];

export const ZSaveVersion = z.object({
  documentId: z.string().min(1).max(64),
  /** The version the edit started from: saving over a newer one is a conflict. */
  baseVersionId: z.string().min(1).max(64),
  content: z.string().transform((value, context) => {
    try {
      return ZEditedDoc.parse(JSON.parse(value));
    } catch {
      context.addIssue({ code: 'custom', message: 'The edited text could not be read. Reload the page and try again.' });
      return z.NEVER;
    }
  }),
  summary: z
    .string()
    .trim()
    .max(300, 'Keep the summary under 300 characters.')
    .optional()
    .transform((value) => value || null),
  /** Where the editor's position mapping put each annotation it showed (null: its words were deleted). */
  anchors: z
    .string()
    .optional()
    .transform((value, context) => {
      if (!value) return [];
      const parsed = ZMappedAnchors.safeParse(
        (() => {
          try {
            return JSON.parse(value);
          } catch {
            return null;
          }
        })(),
      );
      if (!parsed.success) {
        context.addIssue({ code: 'custom', message: 'The annotation positions could not be read. Reload the page and try again.' });
        return z.NEVER;
      }
      return parsed.data;
    }),
});
