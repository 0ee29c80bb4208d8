import { WordDiff } from '@/components/diff/word-diff';
import { formatDateTime } from '@/components/sources/link-status';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { trimToChanges } from '@/lib/diff/text-diff';
import { ZCaptureId } from '@/lib/schemas/sources';
import { orNotFound } from '@/lib/server/pages/or-not-found';
import { compareSourceCaptures } from '@/lib/server/sources/compare-source-captures';
import { requirePageUser } from '@/lib/server/session/current-user';
import { loadWorkspaceForPage } from '@/lib/server/workspaces/load-workspace-for-page';
import { compareTexts } from '@/lib/server/work/heavy-jobs';

export const metadata = { title: 'Compare captures' };

type Props = {
  params: Promise<{ workspace: string; sourceId: string; captureId: string }>;
  searchParams: Promise<{ with?: string | string[] }>;
};

/** A word diff between a capture and the previous one (or any other capture of the source, ?with=<id>). */
export default async function CompareCapturesPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const { workspace: slug, sourceId, captureId } = await params;
  const { workspace } = await loadWorkspaceForPage(user.id, slug);
  const withParam = ZCaptureId.safeParse((await searchParams).with);
  const { later, earlier, choices } = await orNotFound(
    compareSourceCaptures({
      userId: user.id,
      workspaceId: workspace.id,
      sourceId,
      captureId,
      withId: withParam.success ? withParam.data : undefined,
    }),
  );
  const sourceHref = `/w/${workspace.slug}/sources/${later.source.id}`;
  const diff = earlier ? await compareTexts(earlier.text ?? '', later.text ?? '') : null;
  return (
    <main className="page">
      <Breadcrumbs
        items={[
          { href: `/w/${workspace.slug}/sources`, label: 'Sources' },
          { href: sourceHref, label: later.source.title ?? later.source.domain },
        ]}
      />
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">What changed</h1>
      <p className="mt-1 text-sm text-muted">
        The capture of{' '}
        <a href={`${sourceHref}/captures/${later.id}`} className="underline underline-offset-2">
          {formatDateTime(later.capturedAt)}
        </a>{' '}
        compared with an earlier one.
      </p>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3 text-sm">
        <SelectField
          label="Compare with"
          name="with"
          defaultValue={earlier?.id ?? ''}
          options={choices
            .filter((choice) => choice.id !== later.id)
            .map((choice) => ({ value: choice.id, label: formatDateTime(choice.capturedAt) }))}
        />
        <Button type="submit" variant="secondary">
          Show changes
        </Button>
      </form>
      {earlier && diff ? (
        <WordDiff
          summary={`${formatDateTime(earlier.capturedAt)} → ${formatDateTime(later.capturedAt)}`}
          added={diff.added}
          removed={diff.removed}
          pieces={trimToChanges(diff.segments)}
        />
      ) : (
        <p className="mt-6 text-muted">There is no earlier capture with text to compare with.</p>
      )}
    </main>
  );
}
