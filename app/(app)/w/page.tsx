import Link from 'next/link';
import { requirePageUser } from '@/lib/server/session/current-user';
import { listMyWorkspaces } from '@/lib/server/workspaces/list-my-workspaces';
import { CreateWorkspaceForm } from './create-workspace-form';

export const metadata = { title: 'Workspaces' };

export default async function WorkspacesPage() {
  const user = await requirePageUser();
  const workspaces = await listMyWorkspaces({ userId: user.id });
  return (
    <main className="page page-text">
      <h1 className="text-2xl font-semibold tracking-tight">Your workspaces</h1>
      {workspaces.length === 0 ? (
        <p className="mt-4 text-muted">You are not in a workspace yet. Create one for your desk, or ask a colleague to invite you.</p>
      ) : (
        <ul className="mt-6 divide-y divide-rule rounded-xl border border-rule bg-white">
          {workspaces.map((workspace) => (
            <li key={workspace.slug}>
              <Link href={`/w/${workspace.slug}`} className="flex items-center justify-between px-5 py-4 hover:bg-stone-50">
                <span className="font-medium">{workspace.name}</span>
                <span className="text-sm text-muted">
                  {workspace.role} · {workspace.documentCount} {workspace.documentCount === 1 ? 'document' : 'documents'} ·{' '}
                  {workspace.memberCount} {workspace.memberCount === 1 ? 'member' : 'members'}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <section className="mt-10">
        <CreateWorkspaceForm />
      </section>
    </main>
  );
}
