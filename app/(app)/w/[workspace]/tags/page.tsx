import { can } from '@/lib/permissions';
import { requirePageUser } from '@/lib/server/session/current-user';
import { listTags } from '@/lib/server/tags/list-tags';
import { loadWorkspaceForPage } from '@/lib/server/workspaces/load-workspace-for-page';
import { NewTagForm, TagRow } from './tag-forms';

export const metadata = { title: 'Tags' };

type Tag = Awaited<ReturnType<typeof listTags>>[number];

/** Tags in tree order (children under their parent), with their depth. */
function inTreeOrder(tags: Tag[]) {
  const ordered: (Tag & { depth: number })[] = [];
  const visit = (parentId: string | null, depth: number) => {
    for (const tag of tags.filter((candidate) => candidate.parentId === parentId)) {
      ordered.push({ ...tag, depth });
      visit(tag.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}

export default async function TagsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const user = await requirePageUser();
  const { workspace, role } = await loadWorkspaceForPage(user.id, (await params).workspace);
  const tags = inTreeOrder(await listTags({ userId: user.id, workspaceId: workspace.id }));
  const options = tags.map((tag) => ({ value: tag.id, label: `${'— '.repeat(tag.depth)}${tag.name}` }));
  return (
    <main className="page page-text">
      <h1 className="text-2xl font-semibold tracking-tight">Tags of {workspace.name}</h1>
      <p className="mt-1 text-sm text-muted">The desk’s shared vocabulary for annotations.</p>
      {can(role, 'annotation.create') && <NewTagForm parents={options} />}
      {tags.length === 0 ? (
        <p className="mt-6 text-muted">No tags yet.</p>
      ) : (
        <ul className="mt-6 divide-y divide-rule rounded-xl border border-rule bg-white" aria-label="Tags">
          {tags.map((tag) => (
            <TagRow key={tag.id} tag={tag} options={options.filter((option) => option.value !== tag.id)} />
          ))}
        </ul>
      )}
    </main>
  );
}
