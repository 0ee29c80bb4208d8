// The fuzzer's two workspaces. Accounts, workspaces and tokens are made with the server functions
// (as `npm run token` does); everything else through the API itself, with the owner's token: a
// document, a claim with evidence (and so a source), a comment and a webhook in each workspace.
// Tokens: workspace A's owner acting as owner and acting as viewer, and workspace B's owner.
import { createApiToken } from '@/lib/server/api-tokens/create-api-token';
import { createUser } from '@/lib/server/users/create-user';
import { createWorkspace } from '@/lib/server/workspaces/create-workspace';

const TEXT = 'North Korea has shipped over 16,500 containers of munitions to Russia.\n\nPoland signed a record $14 billion deal in 2022.';

export type FuzzIds = Record<'documentId' | 'versionId' | 'annotationId' | 'claimId' | 'evidenceId' | 'sourceId' | 'webhookId', string>;
export type FuzzWorkspace = { slug: string; token: string; ids: FuzzIds };

async function makeWorkspace(letter: string) {
  const user = await createUser({ name: `Fuzz ${letter}`, email: `fuzz-${letter}@example.test`, password: `fuzz-${letter}-password` });
  const { slug } = await createWorkspace({ userId: user.id, name: `Fuzz ${letter}`, slug: `fuzz-${letter}` });
  const token = async (role: 'owner' | 'viewer') =>
    (await createApiToken({ userId: user.id, workspace: slug, role, name: `fuzz ${role}`, expiresIn: '30' })).secret;
  return { slug, owner: await token('owner'), viewer: await token('viewer') };
}

/** Users, workspaces and tokens (server functions; before the server starts or after, either). */
export async function seedFuzzAccounts() {
  const a = await makeWorkspace('a');
  const b = await makeWorkspace('b');
  return { a, b };
}

/** One object of each kind in the token's workspace, made over HTTP; their ids. */
export async function seedFuzzObjects(baseUrl: string, token: string): Promise<FuzzIds> {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`Seeding: ${method} ${path} answered ${response.status} ${await response.text()}`);
    return (await response.json()) as Record<string, unknown>;
  };
  const { id: documentId } = (await call('POST', '/api/v1/documents', { title: 'Munitions', text: TEXT })) as { id: string };
  const document = (await call('GET', `/api/v1/documents/${documentId}`)) as { version: { id: string; plainText: string } };
  const versionId = document.version.id;
  const start = document.version.plainText.indexOf('over 16,500');
  const annotation = (await call('POST', `/api/v1/documents/${documentId}/annotations`, {
    versionId,
    start,
    end: start + 'over 16,500'.length,
    kind: 'claim',
  })) as { id: string; claim: { id: string } };
  const claimId = annotation.claim.id;
  const evidence = (await call('POST', `/api/v1/claims/${claimId}/evidence`, {
    url: 'https://example.org/report',
    stance: 'supports',
  })) as { id: string };
  const { sources } = (await call('GET', '/api/v1/sources')) as { sources: { id: string }[] };
  await call('POST', `/api/v1/annotations/${annotation.id}/comments`, { body: 'Which containers?' });
  const webhook = (await call('POST', '/api/v1/webhooks', {
    url: 'http://127.0.0.1:9/hook',
    events: ['claim.proposed'],
    description: 'fuzz',
  })) as { id: string };
  return {
    documentId,
    versionId,
    annotationId: annotation.id,
    claimId,
    evidenceId: evidence.id,
    sourceId: sources[0]!.id,
    webhookId: webhook.id,
  };
}
