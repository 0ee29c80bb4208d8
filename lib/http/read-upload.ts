// The uploads the app and the REST API both take, read the same way with the same bounds: a file
// to import as a document, and W3C annotation JSON (a body or a file).
import { AppError } from '@/lib/errors';
import { emptyFileMessage } from '@/lib/import/chosen-file';
import { IMPORT_TOO_LARGE, MAX_IMPORT_BYTES } from '@/lib/schemas/documents';
import { MAX_W3C_IMPORT_BYTES } from '@/lib/server/annotations/import-w3c-annotations';
import { readBytes, readForm } from './read-request';

const W3C_TOO_LARGE = `Annotation files up to ${MAX_W3C_IMPORT_BYTES / 1024 / 1024} MB can be imported.`;

export const isMultipart = (request: Request) => (request.headers.get('content-type') ?? '').startsWith('multipart/form-data');

/** The "file" of a multipart form, within `maxBytes` (the form around it adds a little): 413 past it, 422 without a file or with an empty one. */
export async function readFormFile(
  request: Request,
  maxBytes: number,
  tooLarge: string,
  missing: string,
  action: 'import' | 'upload' = 'import',
) {
  const form = await readForm(request, maxBytes + 64 * 1024, tooLarge);
  const file = form?.get('file');
  if (!(file instanceof File)) throw new AppError('invalid', missing, { file: [missing] });
  if (file.size === 0) throw new AppError('invalid', emptyFileMessage(file.name, action), { file: [emptyFileMessage(file.name, action)] });
  if (file.size > maxBytes) throw new AppError('too_large', tooLarge);
  return { file, form: form! };
}

/** A document file to import (the Import page's upload, and POST /api/v1/documents as multipart). */
export const readImportFile = (request: Request) => readFormFile(request, MAX_IMPORT_BYTES, IMPORT_TOO_LARGE, 'Choose a file to import.');

/** W3C annotation JSON: a multipart form's "file", or the body itself, read within the limit and parsed. */
export async function readW3cJson(request: Request): Promise<unknown> {
  let text: string;
  if (isMultipart(request)) {
    const { file } = await readFormFile(request, MAX_W3C_IMPORT_BYTES, W3C_TOO_LARGE, 'Choose a W3C annotation JSON file to import.');
    text = await file.text();
  } else {
    text = Buffer.from(await readBytes(request, MAX_W3C_IMPORT_BYTES, W3C_TOO_LARGE)).toString('utf8');
    if (!text.trim()) throw new AppError('invalid', 'Send W3C annotation JSON, as the body or as a file.');
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new AppError('invalid', 'The file is not valid JSON.');
  }
}
