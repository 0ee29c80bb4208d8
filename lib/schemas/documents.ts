import { z } from 'zod';

const ZOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep it under ${max} characters.`)
    .optional()
    .transform((value) => value || null);

export const ZPasteImport = z.object({
  title: ZOptionalText(300),
  text: z.string().trim().min(1, 'Paste the article text.').max(2_000_000, 'That is more text than one document can hold (2 million characters).'),
});

export const ZUrlImport = z.object({
  url: z
    .string()
    .trim()
    .url('Enter the full address, starting with https://')
    .refine((value) => /^https?:\/\//i.test(value), 'Only http and https addresses can be imported.'),
});

export const ZDocumentRef = z.object({ documentId: z.string().min(1).max(64) });

export const ZDocumentMetadata = z.object({
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
