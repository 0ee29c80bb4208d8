import 'server-only';
import { AppError, notFound } from '@/lib/errors';
import { EXPORT_FILES, exportFileName } from '@/lib/export/formats';
import { getDb } from '@/lib/db';
import { describeExportFilters, parseExportQuery } from '@/lib/schemas/exports';
import { checkClaimReview } from './check-claim-review';
import { exportChunks, toByteStream } from './stream-export';

type Caller = { userId: string; workspace: { id: string; slug: string; name: string } };

/**
 * The answer to an export request (GET …/exports?format=…&document=…&status=… and the board's
 * filters): checks everything that can be refused — the query (422), the document (404, also for
 * another workspace's), ClaimReview's publishing profile and required fields (422 listing what
 * is missing, with a link to the settings) — before the first byte, then streams the file as an attachment.
 */
export async function exportClaimsResponse(request: Request, { userId, workspace }: Caller): Promise<Response> {
  const url = new URL(request.url);
  const parsed = parseExportQuery(url.searchParams);
  if (!parsed.ok) throw new AppError('invalid', parsed.error, parsed.fieldErrors);
  const { format, documentId, filters } = parsed.query;
  const document = documentId
    ? await getDb().document.findFirst({
        where: { id: documentId, workspaceId: workspace.id, workspace: { memberships: { some: { userId } } } },
        select: { id: true, title: true },
      })
    : null;
  if (documentId && !document) throw notFound('This document');
  const scope = {
    userId,
    workspaceId: workspace.id,
    workspaceSlug: workspace.slug,
    documentId: documentId ?? undefined,
    baseUrl: url.origin,
  };
  const review = format === 'claimreview' ? await checkClaimReview(scope, filters) : null;
  if (review?.refusal) return Response.json({ code: 'invalid', ...review.refusal }, { status: 422 });
  // ?check=1: everything above passed, nothing to stream (the Export form asks before downloading)
  if (url.searchParams.get('check') === '1') return new Response(null, { status: 204 });
  const exportedAt = new Date().toISOString();
  const context = {
    workspace: { name: workspace.name, slug: workspace.slug, url: `${url.origin}/w/${encodeURIComponent(workspace.slug)}` },
    document,
    exportedAt,
    exportUrl: url.href,
    filterSummary: describeExportFilters(filters),
    publishing: review?.publishing ?? null,
  };
  const file = EXPORT_FILES[format];
  const name = exportFileName(format, [workspace.slug, ...(document ? [document.title] : [])], exportedAt);
  return new Response(toByteStream(exportChunks(format, scope, filters, context)), {
    headers: {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
