// The operations a newsroom's own tools use to bring work in and follow it: documents created
// from text, a URL or a file, archiving, comments, W3C annotation import and export, and the
// workspace's activity feed. Part of the registry in lib/api/endpoints.ts.
import { ZApiActivityQuery, ZApiCreateDocument } from '@/lib/schemas/api';
import * as R from '@/lib/schemas/api-responses';
import { ZCreateComment } from '@/lib/schemas/comments';
import { MAX_IMPORT_BYTES } from '@/lib/schemas/documents';
import type { ApiEndpoint } from './endpoints';

const MB = 1024 * 1024;
const W3C_MAX_MB = 5;

const fileUpload = (description: string) => ({
  'multipart/form-data': {
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', contentMediaType: 'application/octet-stream', description } },
    },
  },
});

export const NEWSROOM_API = {
  createDocument: {
    method: 'post',
    path: '/api/v1/documents',
    tag: 'Documents',
    summary: 'Create a document from text, a URL or a file',
    description:
      'Three ways, as in the app’s Import page: JSON `{ title?, text }` (pasted text, up to 2 million characters); ' +
      'JSON `{ url }` (the page is fetched by the server with the same guards as the app: public http(s) addresses ' +
      'only, bounded size and time, then read by the same importers); or `multipart/form-data` with a `file` field ' +
      `(Word, PDF, HTML, Markdown or text, up to ${MAX_IMPORT_BYTES / MB} MB, read by the same importers as an upload). ` +
      'Other media types answer 415. 429 when the server is busy with other imports.',
    permission: 'document.import',
    body: ZApiCreateDocument,
    bodies: fileUpload('the file to import'),
    status: 201,
    response: R.ZCreatedDocument,
    errors: [413, 415, 422, 429],
  },
  archiveDocument: {
    method: 'post',
    path: '/api/v1/documents/{documentId}/archive',
    tag: 'Documents',
    summary: 'Archive a document',
    description:
      'It leaves the documents list (`GET /api/v1/documents?archived=true` lists the archived ones) and keeps all its ' +
      'work. Archiving an archived document changes nothing.',
    permission: 'document.edit',
    status: 200,
    response: R.ZArchivedDocument,
  },
  unarchiveDocument: {
    method: 'delete',
    path: '/api/v1/documents/{documentId}/archive',
    tag: 'Documents',
    summary: 'Bring a document back from the archive',
    description: 'It is listed again; `archivedAt` is null.',
    permission: 'document.edit',
    status: 200,
    response: R.ZArchivedDocument,
  },
  exportW3cAnnotations: {
    method: 'get',
    path: '/api/v1/documents/{documentId}/annotations/w3c',
    tag: 'Annotations',
    summary: 'Export a document’s annotations as W3C Web Annotations',
    description:
      'A W3C AnnotationCollection (JSON-LD), the file the app’s export gives: the annotations the token’s owner may see, ' +
      'each where it sits in the latest version. Its TextPositionSelector counts Unicode code points, as the W3C model ' +
      'says (not UTF-16 code units like the rest of this API).',
    permission: 'export.read',
    status: 200,
    content: ['application/ld+json'],
  },
  importW3cAnnotations: {
    method: 'post',
    path: '/api/v1/documents/{documentId}/annotations/w3c',
    tag: 'Annotations',
    summary: 'Import W3C Web Annotations into a document',
    description:
      'W3C Web Annotation JSON (one annotation, a list, a collection, or a Hypothesis export) as the body or as a ' +
      `multipart \`file\`, up to ${W3C_MAX_MB} MB, as the app’s import takes it. Each annotation is anchored in the ` +
      'latest version by its quote and position (code points, as the W3C model says); the ones that cannot be placed ' +
      'become orphans. Private notes come in private.',
    permission: 'annotation.create',
    bodies: {
      'application/json': { schema: { description: 'W3C Web Annotation JSON' } },
      'application/ld+json': { schema: { description: 'W3C Web Annotation JSON-LD' } },
      ...fileUpload('a W3C annotation JSON file'),
    },
    status: 200,
    response: R.ZW3cImportResult,
    errors: [413, 415, 422, 429],
  },
  listComments: {
    method: 'get',
    path: '/api/v1/annotations/{annotationId}/comments',
    tag: 'Comments',
    summary: 'List an annotation’s comments',
    description: 'Oldest first. Another member’s private note is not found, nor its comments.',
    permission: 'workspace.read',
    status: 200,
    response: R.ZCommentList,
  },
  createComment: {
    method: 'post',
    path: '/api/v1/annotations/{annotationId}/comments',
    tag: 'Comments',
    summary: 'Comment on an annotation',
    description:
      '`{ body, parentId? }` (a reply to one of its comments). Mentions are `@[Name](userId)` tokens, as the app writes ' +
      'them: members of the workspace who can see the annotation are notified, others are left as text.',
    permission: 'comment.create',
    body: ZCreateComment,
    status: 201,
    response: R.ZCreatedComment,
    errors: [413, 415, 422],
  },
  listClaimComments: {
    method: 'get',
    path: '/api/v1/claims/{claimId}/comments',
    tag: 'Comments',
    summary: 'List a claim’s comments',
    description: 'The discussion of the claim’s annotation, oldest first.',
    permission: 'workspace.read',
    status: 200,
    response: R.ZCommentList,
  },
  createClaimComment: {
    method: 'post',
    path: '/api/v1/claims/{claimId}/comments',
    tag: 'Comments',
    summary: 'Comment on a claim',
    description: 'As on its annotation: `{ body, parentId? }`, mentions as `@[Name](userId)`.',
    permission: 'comment.create',
    body: ZCreateComment.omit({ annotationId: true }),
    status: 201,
    response: R.ZCreatedComment,
    errors: [413, 415, 422],
  },
  listActivity: {
    method: 'get',
    path: '/api/v1/activity',
    tag: 'Activity',
    summary: 'The workspace’s activity feed',
    description:
      'Newest first, 50 per page; pass `nextCursor` as `cursor` for the next page. Entries about another member’s ' +
      'private notes (and their comments) are left out, as in the app.',
    permission: 'workspace.read',
    query: ZApiActivityQuery,
    status: 200,
    response: R.ZActivityPage,
    errors: [422],
  },
} as const satisfies Record<string, ApiEndpoint>;
