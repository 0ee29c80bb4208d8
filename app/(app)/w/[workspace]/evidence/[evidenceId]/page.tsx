import { CaptureReader, QUOTE_MARK_ID } from '@/components/sources/capture-reader';
import { formatBytes } from '@/components/sources/format-bytes';
import { ScrollToMark } from '@/components/sources/scroll-to-mark';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { ZCaptureId } from '@/lib/schemas/sources';
import { getEvidenceFileText } from '@/lib/server/evidence/get-evidence-file-text';
import { orNotFound } from '@/lib/server/pages/or-not-found';
import { requirePageUser } from '@/lib/server/session/current-user';
import { loadWorkspaceForPage } from '@/lib/server/workspaces/load-workspace-for-page';

export const metadata = { title: 'Evidence file' };

type Props = { params: Promise<{ workspace: string; evidenceId: string }> };

/** The text Margin read from an uploaded evidence file, as plain paragraphs, with the evidence's quote highlighted. */
export default async function EvidenceFilePage({ params }: Props) {
  const user = await requirePageUser();
  const { workspace: slug, evidenceId } = await params;
  const { workspace } = await loadWorkspaceForPage(user.id, slug);
  const id = ZCaptureId.safeParse(evidenceId);
  const evidence = await orNotFound(getEvidenceFileText({ workspaceId: workspace.id, evidenceId: id.success ? id.data : '' }));
  const { upload, claim } = evidence;
  const mark = evidence.quoteStart !== null && evidence.quoteEnd !== null ? { start: evidence.quoteStart, end: evidence.quoteEnd } : null;
  const claimHref = `/w/${workspace.slug}/documents/${claim.annotation.documentId}?annotation=${claim.annotation.id}`;
  return (
    <main className="page page-text">
      <Breadcrumbs items={[{ href: claimHref, label: 'Claim' }]} />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">{evidence.title ?? upload.fileName}</h1>
      <p className="mt-1 text-sm text-muted">
        <a href={`/api/w/${workspace.slug}/evidence-uploads/${upload.id}`} className="underline underline-offset-2" download>
          Download {upload.fileName}
        </a>{' '}
        ({upload.contentType}, {formatBytes(upload.byteLength)}, SHA-256 {upload.sha256})
      </p>
      {evidence.quote && !mark && (
        <p className="mt-4 text-sm text-danger">The quote “{evidence.quote}” was not found in this file’s text.</p>
      )}
      {upload.text === null ? (
        <p className="mt-6 text-muted">Margin could not read text in this file (an image, a scan or a data file).</p>
      ) : (
        <CaptureReader text={upload.text} mark={mark} label="Text of the file" />
      )}
      {mark && <ScrollToMark id={QUOTE_MARK_ID} />}
    </main>
  );
}
