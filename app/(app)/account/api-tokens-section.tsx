import { listApiTokens } from '@/lib/server/api-tokens/list-api-tokens';
import { listMyWorkspaces } from '@/lib/server/workspaces/list-my-workspaces';
import { ApiTokenList, CreateApiTokenForm } from './api-tokens';

/** Personal access tokens for the REST API: create one (shown once), see when each was used, revoke. */
export async function ApiTokensSection({ userId }: { userId: string }) {
  const [tokens, workspaces] = await Promise.all([listApiTokens({ userId }), listMyWorkspaces({ userId })]);
  return (
    <section className="mt-10" aria-labelledby="api-tokens-heading">
      <h2 id="api-tokens-heading" className="text-lg font-semibold">
        API tokens
      </h2>
      <p className="mt-1 text-sm text-muted">
        A token lets another program use the{' '}
        <a href="/api/openapi.json" className="underline">
          Margin API
        </a>{' '}
        in one workspace, as you, with a role no higher than yours. It stops working when you revoke it, when it expires or when you leave
        the workspace.
      </p>
      <CreateApiTokenForm workspaces={workspaces.map(({ slug, name, role }) => ({ slug, name, role }))} />
      <ApiTokenList
        tokens={tokens.map((token) => ({
          id: token.id,
          name: token.name,
          prefix: token.prefix,
          role: token.role,
          memberRole: token.memberRole,
          workspace: token.workspace.name,
          state: token.state,
          createdAt: token.createdAt.toISOString(),
          lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
          expiresAt: token.expiresAt?.toISOString() ?? null,
        }))}
      />
    </section>
  );
}
