import { z } from 'zod';
import { API } from '@/lib/api/endpoints';
import { AppError } from '@/lib/errors';
import { isJsonRequest, readBody, readQuery } from '@/lib/http/read-request';
import { isMultipart, readImportFile } from '@/lib/http/read-upload';
import { apiRoute, otherMethods } from '@/lib/http/token-routes';
import { ZApiDocumentQuery } from '@/lib/schemas/api';
import { ZPasteImport, ZUrlImport } from '@/lib/schemas/documents';
import { fetchArticle } from '@/lib/server/documents/fetch-article';
import { importDocument } from '@/lib/server/documents/import-document';
import { listDocuments } from '@/lib/server/documents/list-documents';
import { readPastedText, readUploadedFile } from '@/lib/server/work/heavy-jobs';
import { parseInput } from '@/lib/validation';

/** The documents in use, most recently changed first; ?archived=true for the archived ones. */
export const GET = apiRoute(API.listDocuments, async (request, { user, membership }) => {
  const { archived } = readQuery(request, ZApiDocumentQuery);
  return { documents: await listDocuments({ userId: user.id, workspaceId: membership.workspace.id, archived: archived === 'true' }) };
});

/**
 * A new document, as the Import page makes one and with the same server functions and bounds:
 * JSON { title?, text } (pasted), JSON { url } (fetched through the guarded fetch), or a
 * multipart "file" (the upload's importers and size limit).
 */
export const POST = apiRoute(API.createDocument, async (request, { user, membership }) => {
  const scope = { workspaceId: membership.workspace.id, userId: user.id };
  if (isMultipart(request)) {
    const { file } = await readImportFile(request);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const imported = await readUploadedFile({ name: file.name, type: file.type, bytes }, { signal: request.signal });
    return importDocument({ ...scope, imported, origin: 'file' });
  }
  if (!isJsonRequest(request)) {
    throw new AppError('unsupported_type', 'Send JSON { title?, text } or { url }, or a multipart form with a file.');
  }
  const body = await readBody(request, z.record(z.string(), z.unknown()));
  if ('url' in body) {
    const { url } = parseInput(ZUrlImport, body);
    const { originUrl, ...imported } = await fetchArticle(url);
    return importDocument({ ...scope, imported, origin: 'url', originUrl });
  }
  const { title, text } = parseInput(ZPasteImport, body);
  return importDocument({ ...scope, imported: await readPastedText(text), origin: 'paste', title });
});

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
