import Link from 'next/link';
import { CaptureFacts } from '@/components/sources/capture-facts';
import { CaptureReader, QUOTE_MARK_ID } from '@/components/sources/capture-reader';
import { EvidenceQuoteNotice } from '@/components/sources/evidence-quote-notice';
import { ScrollToMark } from '@/components/sources/scroll-to-mark';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { ZCaptureId } from '@/lib/schemas/sources';
import { orNotFound } from '@/lib/server/pages/or-not-found';
import { getSourceCapture } from '@/lib/server/sources/get-source-capture';
import { requirePageUser } from '@/lib/server/session/current-user';
import { loadWorkspaceForPage } from '@/lib/server/workspaces/load-workspace-for-page';

export const metadata = { title: 'Captured copy' };

type Props = {
  params: Promise<{ workspace: string; sourceId: string; captureId: string }>;
  searchParams: Promise<{ evidence?: string | string[] }>;
};

/** The reader view of one capture: Margin's own copy of the page, with an evidence quote highlighted (?evidence=<id>). */
export default async function CapturePage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const { workspace: slug, sourceId, captureId } = await params;
  const { workspace } = await loadWorkspaceForPage(user.id, slug);
  const evidenceParam = ZCaptureId.safeParse((await searchParams).evidence);
  const capture = await orNotFound(
    getSourceCapture({
      userId: user.id,
      workspaceId: workspace.id,
      sourceId,
      captureId,
      evidenceId: evidenceParam.success ? evidenceParam.data : undefined,
    }),
  );
  const sourceHref = `/w/${workspace.slug}/sources/${capture.source.id}`;
  const captureHref = (id: string) => `${sourceHref}/captures/${id}`;
  const { evidence } = capture;
  const mark =
    evidence && evidence.captureId === capture.id && evidence.quoteStart !== null && evidence.quoteEnd !== null
      ? { start: evidence.quoteStart, end: evidence.quoteEnd }
      : null;
  return (
    <main className="page page-text">
      <Breadcrumbs
        items={[
          { href: `/w/${workspace.slug}/sources`, label: 'Sources' },
          { href: sourceHref, label: capture.source.title ?? capture.source.domain },
        ]}
      />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">{capture.title ?? capture.source.title ?? capture.source.domain}</h1>
      <p className="mt-1 text-sm text-muted">Margin’s copy of the page, as captured. The live page may say something else now.</p>
      <CaptureFacts capture={capture} />
      {capture.previousId && (
        <p className="mt-2 text-sm">
          <Link href={`${captureHref(capture.id)}/compare`} className="underline underline-offset-2">
            Compare with the previous capture
          </Link>
        </p>
      )}
      {evidence && (
        <div className="mt-4">
          <EvidenceQuoteNotice evidence={evidence} captureId={capture.id} captureHref={captureHref} />
        </div>
      )}
      {capture.error && <p className="mt-6 text-danger">This capture failed: {capture.error}</p>}
      {capture.text === null ? (
        !capture.error && <p className="mt-6 text-muted">This capture has no text (the page was not text Margin can read).</p>
      ) : (
        <CaptureReader text={capture.text} mark={mark} />
      )}
      {mark && <ScrollToMark id={QUOTE_MARK_ID} />}
    </main>
  );
}
