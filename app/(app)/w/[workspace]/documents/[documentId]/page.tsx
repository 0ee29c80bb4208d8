import type { Metadata } from 'next';
import Link from 'next/link';
import { cache } from 'react';
import { RecentActivity } from '@/components/activity/recent-activity';
import { ClaimProgress } from '@/components/claims/claim-progress';
import { FileImportForm } from '@/components/import/file-import-form';
import { LiveIndicator } from '@/components/live/live-indicator';
import { LiveProvider } from '@/components/live/live-provider';
import { PresenceAvatars } from '@/components/live/presence-avatars';
import { HighlightLegend } from '@/components/document/highlight-legend';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { SUPPORTED_EXTENSIONS } from '@/lib/import/extensions';
import { packAnnotations } from '@/lib/annotations/packed-annotations';
import { can } from '@/lib/permissions';
import { listDocumentActivity } from '@/lib/server/activity/list-document-activity';
import { newestLiveEventId } from '@/lib/server/live/replay';
import { listAnnotations } from '@/lib/server/annotations/list-annotations';
import { getClaimProgress } from '@/lib/server/claims/get-claim-progress';
import { getDocumentOrThrow } from '@/lib/server/documents/get-document';
import { orNotFound } from '@/lib/server/pages/or-not-found';
import { requirePageUser } from '@/lib/server/session/current-user';
import { listTags } from '@/lib/server/tags/list-tags';
import { loadWorkspaceForPage } from '@/lib/server/workspaces/load-workspace-for-page';
import { DocumentEditor } from './document-editor';
import { MetadataForm } from './metadata-form';
import { ArchiveButton } from './archive-button';
import { ReimportButton } from './reimport-button';
import { W3cImportForm } from './w3c-import-form';

type Params = { params: Promise<{ workspace: string; documentId: string }>; searchParams: Promise<{ annotation?: string | string[] }> };

/** Read once per request (React cache): the page's title and its body both need it. */
const loadDocument = cache(async (slug: string, documentId: string) => {
  const user = await requirePageUser();
  const { workspace, role } = await loadWorkspaceForPage(user.id, slug);
  const document = await orNotFound(getDocumentOrThrow({ userId: user.id, workspaceId: workspace.id, documentId }));
  return { user, workspace, role, document };
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { workspace, documentId } = await params;
  const { document } = await loadDocument(workspace, documentId);
  return { title: document.title };
}

/** The tags that fill some highlight (an annotation's first tag), for the legend. */
const fillingTags = (annotations: { tags: { id: string; name: string; color: string }[] }[]) => [
  ...new Map(annotations.flatMap(({ tags: [first] }) => (first ? [[first.id, first] as const] : []))).values(),
];

const longDate = (date: Date) => date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

export default async function DocumentPage(props: Params) {
  const { workspace: slug, documentId } = await props.params;
  const { user, workspace, role, document } = await loadDocument(slug, documentId);
  // Read before the data: the live stream replays whatever changes after this.
  const since = await newestLiveEventId();
  const [annotations, tags, progress, activity] = await Promise.all([
    listAnnotations({ userId: user.id, workspaceId: workspace.id, documentId: document.id, versionId: document.version.id }),
    listTags({ userId: user.id, workspaceId: workspace.id }),
    getClaimProgress({ userId: user.id, workspaceId: workspace.id, documentId: document.id }),
    listDocumentActivity({ userId: user.id, workspaceId: workspace.id, documentId: document.id }),
  ]);
  const { annotation: wanted } = await props.searchParams;
  const initialActiveId = annotations.find((annotation) => annotation.id === wanted)?.id ?? null;
  const base = `/w/${workspace.slug}/documents/${document.id}`;
  return (
    <main className="document-page mx-auto max-w-[44rem] px-4 pt-4 pb-8 sm:px-6">
      <LiveProvider workspace={workspace.slug} documentId={document.id} since={since}>
        <div className="flex items-center justify-between gap-4">
          <Breadcrumbs items={[{ href: `/w/${workspace.slug}`, label: workspace.name }]} />
          <div className="flex items-center gap-3">
            <PresenceAvatars />
            <LiveIndicator />
          </div>
        </div>
        <header className="mt-3 mb-4 border-b border-rule pb-3">
          <h1 className="font-reading text-3xl leading-tight tracking-tight sm:text-4xl">{document.title}</h1>
          <p className="mt-3 text-sm text-muted">
            {document.byline && <>{document.byline} · </>}
            {document.publishedAt && <>published {longDate(document.publishedAt)} · </>}
            {document.originUrl && (
              <>
                <a href={document.originUrl} className="underline underline-offset-2" rel="noopener noreferrer nofollow" target="_blank">
                  {new URL(document.originUrl).hostname}
                </a>{' '}
                ·{' '}
              </>
            )}
            <Link href={`${base}/versions`} className="underline underline-offset-2">
              Version {document.version.number}
            </Link>{' '}
            of {longDate(document.version.createdAt)} ·{' '}
            <Link href={`${base}/claims`} className="underline underline-offset-2">
              Claims ({progress.total})
            </Link>
          </p>
          {/* Kept short, so the text starts near the top: progress and the rarer tools fold away. */}
          {progress.total > 0 && (
            <details className="mt-3 text-sm">
              <summary className="cursor-pointer text-muted">
                Progress: {progress.byStatus.reviewed} of {progress.total} {progress.total === 1 ? 'claim' : 'claims'} reviewed
              </summary>
              <ClaimProgress progress={progress} className="mt-2" />
            </details>
          )}
          <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
            {can(role, 'document.edit') && (
              <>
                <MetadataForm
                  documentId={document.id}
                  metadata={{
                    version: document.metadataVersion,
                    title: document.title,
                    byline: document.byline,
                    originUrl: document.originUrl,
                    publishedAt: document.publishedAt?.toISOString() ?? null,
                  }}
                />
                {document.originUrl && <ReimportButton documentId={document.id} />}
                <ArchiveButton documentId={document.id} archived={document.archivedAt !== null} />
                <details className="open:basis-full">
                  <summary className="cursor-pointer text-muted" title="Import a corrected file as the next version">
                    Import next version
                  </summary>
                  <FileImportForm documentId={document.id} accept={SUPPORTED_EXTENSIONS.join(',')} label="Import as next version" />
                </details>
              </>
            )}
            {can(role, 'annotation.create') && (
              <details className="open:basis-full">
                <summary className="cursor-pointer text-muted" title="Import annotations from W3C Web Annotation JSON">
                  Import annotations
                </summary>
                <W3cImportForm documentId={document.id} />
              </details>
            )}
            <a
              href={`/api/w/${workspace.slug}/documents/${document.id}/annotations`}
              download
              className="text-muted underline underline-offset-2"
              title="Download this document’s annotations as W3C Web Annotation JSON-LD"
            >
              Download annotations
            </a>
          </div>
        </header>
        <article>
          <DocumentEditor
            documentId={document.id}
            versionId={document.version.id}
            versionNumber={document.version.number}
            content={document.version.content}
            annotations={packAnnotations(annotations)}
            aside={<HighlightLegend tags={fillingTags(annotations)} />}
            tags={tags.map(({ id, name, color }) => ({ id, name, color }))}
            initialActiveId={initialActiveId}
          />
        </article>
        <RecentActivity entries={activity} />
      </LiveProvider>
    </main>
  );
}
