// Every server action and route handler, called as signed-out, as a member of another
// workspace and as each role, against the expected outcome. A new action or route without an
// entry in MATRIX fails the first test.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { isMethodNotAllowed } from '@/lib/http/token-routes';
import type { ActionResult } from '@/lib/errors';
import type { WorkspaceRole } from '@/lib/generated/prisma/enums';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { createApiToken } from '@/lib/server/api-tokens/create-api-token';
import { createComment } from '@/lib/server/comments/create-comment';
import { createDocument } from '@/lib/server/documents/create-document';
import { addEvidence } from '@/lib/server/evidence/add-evidence';
import { storeEvidenceUpload } from '@/lib/server/evidence/store-evidence-upload';
import { createInvitation } from '@/lib/server/invitations/create-invitation';
import { createSignInSession } from '@/lib/server/session/create-sign-in-session';
import { confirmTwoFactorEnrolment, startTwoFactorEnrolment } from '@/lib/server/two-factor/enrol-two-factor';
import { totpCode } from '@/lib/two-factor/totp';
import { normalizeSourceUrl } from '@/lib/sources/normalize-url';
import { addMember, makeUser, makeWorkspace, uniqueId } from './support/factories';
import { actAs } from './support/session';
import { FROM_OWN_PAGE } from './support/own-page';
import { makeDelivery, makeWebhook } from './support/webhooks';

vi.mock('@/auth', async () => (await import('./support/session')).mockedAuthModule());
vi.mock('next/cache', () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));
// The request an action runs in: a same-origin POST from the app.
vi.mock('next/headers', () => ({ headers: async () => new Headers({ origin: 'http://localhost:3000' }) }));
// Two-factor secrets are encrypted with a key derived from it.
process.env.AUTH_SECRET ??= 'integration-test-auth-secret';

const ROOT = path.resolve(import.meta.dirname, '../..');
type Caller = 'signedOut' | 'stranger' | WorkspaceRole;
const CALLERS: Caller[] = ['signedOut', 'stranger', 'owner', 'editor', 'checker', 'viewer'];
type User = Awaited<ReturnType<typeof makeUser>>;
type Fixture = {
  workspace: { id: string; slug: string; name: string };
  users: Record<Exclude<Caller, 'signedOut'>, User>;
  target: { membershipId: string };
  document: { id: string; versionId: string };
  caller: User | null;
};
type Entry =
  | { kind: 'public'; why: string }
  | {
      kind: 'workspace';
      allowed: WorkspaceRole[];
      input: (fixture: Fixture) => Promise<Record<string, unknown>> | Record<string, unknown>;
      /** What an allowed caller gets, when the test input is refused further on (default: ok). */
      allowedOutcome?: 'invalid';
    }
  | { kind: 'user'; input: (fixture: Fixture) => Promise<Record<string, unknown>> | Record<string, unknown> }
  /** A route handler for any signed-in user (no workspace in its path). */
  | { kind: 'user'; request: (fixture: Fixture) => Request | Promise<Request> }
  | {
      kind: 'workspaceRoute';
      allowed: WorkspaceRole[];
      request: (fixture: Fixture) => Request | Promise<Request>;
      /** The route's other path parameters, beside [workspace]. */
      params?: (fixture: Fixture) => Record<string, string> | Promise<Record<string, string>>;
    }
  | {
      /** REST API (app/api/v1): called with the caller's personal access token, see callerToken. */
      kind: 'apiRoute';
      allowed: WorkspaceRole[];
      call: (fixture: Fixture) => Promise<ApiCall> | ApiCall;
      /** A list of the token's workspace: a stranger's token reads its own (200), never this one's. */
      stranger?: 'ok';
    };
type ApiCall = { params?: Record<string, string>; query?: Record<string, string>; body?: unknown };

/** A public address given literally (no DNS look-up): webhooks may be saved with it. */
const PUBLIC_HOOK = 'https://93.184.215.14/margin-hook';

const STATUS: Record<string, number> = { ok: 200, unauthorized: 401, forbidden: 403, not_found: 404 };

const MATRIX: Record<string, Entry> = {
  'lib/actions/auth.ts#signInAction': { kind: 'public', why: 'signing in; rate limits are tested in rate-limit.test.ts' },
  'lib/actions/auth.ts#signUpAction': { kind: 'public', why: 'creating an account' },
  'lib/actions/auth.ts#signInWithSsoAction': { kind: 'public', why: 'starts the OIDC redirect (e2e: sso.spec.ts)' },
  'lib/actions/auth.ts#signOutAction': { kind: 'public', why: 'signing out is always allowed' },
  'lib/actions/password-reset.ts#requestPasswordResetAction': {
    kind: 'public',
    why: 'asks for a reset link by email; the same answer for every address (password-reset.test.ts)',
  },
  'lib/actions/password-reset.ts#resetPasswordAction': {
    kind: 'public',
    why: 'the emailed link is the credential (password-reset.test.ts)',
  },
  'app/api/auth/[...nextauth]/route.ts#GET': { kind: 'public', why: 'Auth.js endpoints' },
  'app/api/auth/[...nextauth]/route.ts#POST': { kind: 'public', why: 'Auth.js endpoints (credentials are rate-limited in authorize)' },
  'app/api/openapi.json/route.ts#GET': { kind: 'public', why: 'the OpenAPI document describes the API and opens nothing' },
  'app/api/health/route.ts#GET': { kind: 'public', why: 'liveness for load balancers: says the process answers, reads nothing' },
  'app/unavailable/route.ts#GET': {
    kind: 'public',
    why: 'the 503 page a render that lost the database is sent to: reads nothing, links back only to a path of this site',
  },
  'app/api/ready/route.ts#GET': {
    kind: 'public',
    why: 'readiness for load balancers: says whether to route here, reads nothing of anyone',
  },
  'app/api/metrics/route.ts#GET': {
    kind: 'public',
    why: 'no session: 404 unless MARGIN_METRICS_TOKEN is set, then that bearer token (operations.test.ts)',
  },
  ...Object.fromEntries(
    ['DELETE', 'GET', 'PATCH', 'POST', 'PUT'].map((method) => [
      `app/api/v1/[...path]/route.ts#${method}`,
      { kind: 'public', why: 'unknown API paths: a JSON 404 for everyone' } as const,
    ]),
  ),
  'app/api/v1/documents/route.ts#GET': {
    kind: 'apiRoute',
    allowed: ['owner', 'editor', 'checker', 'viewer'],
    stranger: 'ok',
    call: () => ({}),
  },
  'app/api/v1/documents/[documentId]/route.ts#GET': {
    kind: 'apiRoute',
    allowed: ['owner', 'editor', 'checker', 'viewer'],
    call: ({ document }) => ({ params: { documentId: document.id } }),
  },
  'app/api/v1/documents/[documentId]/route.ts#PATCH': {
    kind: 'apiRoute',
    allowed: ['owner', 'editor'],
    call: ({ document }) => ({ params: { documentId: document.id }, body: { metadataVersion: 1, title: 'A better title' } }),
  },
  'app/api/v1/documents/[documentId]/versions/route.ts#GET': {
    kind: 'apiRoute',
    allowed: ['owner', 'editor', 'checker', 'viewer'],
    call: ({ document }) => ({ params: { documentId: document.id } }),
  },
  'app/api/v1/documents/[documentId]/versions/[versionId]/route.ts#GET': {
    kind: 'apiRoute',
    allowed: ['owner', 'editor', 'checker', 'viewer'],
    call: ({ document }) => ({ params: { documentId: document.id, versionId: document.versionId } }),
  },
  'app/api/v1/documents/[documentId]/annotations/route.ts#GET': {
    kind: 'apiRoute',
    allowed: ['owner', 'editor', 'checker', 'viewer'],
    call: ({ document }) => ({ params: { documentId: document.id } }),
  },
  'app/api/v1/documents/[documentId]/annotations/route.ts#POST': {
    kind: 'apiRoute',
    allowed: ['owner', 'editor', 'checker'],
    call: ({ document }) => ({
      params: { documentId: document.id },
      body: { versionId: document.versionId, start: 0, end: 3, kind: 'claim' },
    }),
  },
  'app/api/v1/documents/route.ts#POST': {
    kind: 'apiRoute',
    allowed: ['owner', 'editor'],
    // a token creates in its own workspace: a stranger's makes one in theirs, never in this one
    stranger: 'ok',
    call: () => ({ body: { title: 'From the CMS', text: 'The minister said 40% of trains ran late.' } }),
  },
  'app/api/v1/documents/[documentId]/archive/route.ts#POST': {
    kind: 'apiRoute',
    allowed: ['owner', 'editor'],
    call: ({ document }) => ({ params: { documentId: document.id } }),
  },
  'app/api/v1/documents/[documentId]/archive/route.ts#DELETE': {
    kind: 'apiRoute',
    allowed: ['owner', 'editor'],
    call: async ({ document }) => {
      await getDb().document.update({ where: { id: document.id }, data: { archivedAt: new Date() } });
      return { params: { documentId: document.id } };
    },
  },
  'app/api/v1/documents/[documentId]/annotations/w3c/route.ts#GET': {
    kind: 'apiRoute',
    allowed: ['owner', 'editor', 'checker', 'viewer'],
    call: ({ document }) => ({ params: { documentId: document.id } }),
  },
  'app/api/v1/documents/[documentId]/annotations/w3c/route.ts#POST': {
    kind: 'apiRoute',
    allowed: ['owner', 'editor', 'checker'],
    call: ({ document }) => ({
      params: { documentId: document.id },
      body: { type: 'Annotation', target: { selector: { type: 'TextQuoteSelector', exact: 'Thr' } } },
    }),
  },
  'app/api/v1/annotations/[annotationId]/comments/route.ts#GET': {
    kind: 'apiRoute',
    allowed: ['owner', 'editor', 'checker', 'viewer'],
    call: async (fixture) => ({ params: { annotationId: (await ownersComment(fixture)).annotationId } }),
  },
  'app/api/v1/annotations/[annotationId]/comments/route.ts#POST': {
    kind: 'apiRoute',
    allowed: ['owner', 'editor', 'checker'],
    call: async (fixture) => ({ params: { annotationId: (await ownersComment(fixture)).annotationId }, body: { body: 'Source?' } }),
  },
  'app/api/v1/claims/[claimId]/comments/route.ts#GET': {
    kind: 'apiRoute',
    allowed: ['owner', 'editor', 'checker', 'viewer'],
    call: async (fixture) => ({ params: { claimId: await ownersClaim(fixture) } }),
  },
  'app/api/v1/claims/[claimId]/comments/route.ts#POST': {
    kind: 'apiRoute',
    allowed: ['owner', 'editor', 'checker'],
    call: async (fixture) => ({ params: { claimId: await ownersClaim(fixture) }, body: { body: 'Source?' } }),
  },
  'app/api/v1/activity/route.ts#GET': {
    kind: 'apiRoute',
    allowed: ['owner', 'editor', 'checker', 'viewer'],
    stranger: 'ok',
    call: () => ({}),
  },
  'app/api/v1/claims/route.ts#GET': {
    kind: 'apiRoute',
    allowed: ['owner', 'editor', 'checker', 'viewer'],
    call: ({ document }) => ({ query: { documentId: document.id } }),
  },
  'app/api/v1/claims/matches/route.ts#GET': {
    kind: 'apiRoute',
    allowed: ['owner', 'editor', 'checker', 'viewer'],
    // a stranger's token reads its own workspace, where this statement matches nothing
    stranger: 'ok',
    call: () => ({ query: { statement: 'Three words were shipped.' } }),
  },
  'app/api/v1/claims/[claimId]/route.ts#GET': {
    kind: 'apiRoute',
    allowed: ['owner', 'editor', 'checker', 'viewer'],
    call: async (fixture) => ({ params: { claimId: await ownersClaim(fixture) } }),
  },
  'app/api/v1/claims/[claimId]/route.ts#PATCH': {
    kind: 'apiRoute',
    allowed: ['owner', 'editor', 'checker'],
    call: async (fixture) => ({
      params: { claimId: await ownersClaim(fixture) },
      body: { version: 1, statement: 'Three words were shipped.' },
    }),
  },
  'app/api/v1/claims/[claimId]/steps/route.ts#POST': {
    kind: 'apiRoute',
    allowed: ['owner', 'editor', 'checker'],
    call: async (fixture) => ({ params: { claimId: await ownersClaim(fixture) }, body: { version: 1, step: 'start' } }),
  },
  'app/api/v1/claims/[claimId]/assign/route.ts#POST': {
    kind: 'apiRoute',
    allowed: ['owner', 'editor'],
    call: async (fixture) => ({
      params: { claimId: await ownersClaim(fixture) },
      body: { version: 1, assigneeId: fixture.users.checker.id },
    }),
  },
  'app/api/v1/claims/[claimId]/evidence/route.ts#POST': {
    kind: 'apiRoute',
    allowed: ['owner', 'editor', 'checker'],
    call: async (fixture) => ({
      params: { claimId: await ownersClaim(fixture) },
      body: { url: 'https://www.state.gov/briefings/', stance: 'supports' },
    }),
  },
  'app/api/v1/evidence/[evidenceId]/route.ts#DELETE': {
    kind: 'apiRoute',
    allowed: ['owner', 'editor', 'checker'],
    call: async (fixture) => ({ params: { evidenceId: (await ownersEvidence(fixture)).id } }),
  },
  'app/api/v1/sources/route.ts#GET': {
    kind: 'apiRoute',
    allowed: ['owner', 'editor', 'checker', 'viewer'],
    stranger: 'ok',
    call: () => ({}),
  },
  'app/api/v1/sources/[sourceId]/route.ts#GET': {
    kind: 'apiRoute',
    allowed: ['owner', 'editor', 'checker', 'viewer'],
    call: async (fixture) => ({ params: { sourceId: (await ownersEvidence(fixture)).sourceId! } }),
  },
  'app/api/v1/exports/route.ts#GET': {
    kind: 'apiRoute',
    allowed: ['owner', 'editor', 'checker', 'viewer'],
    call: ({ document }) => ({ query: { format: 'json', status: 'any', document: document.id } }),
  },
  'lib/actions/api-tokens.ts#createApiTokenAction': {
    kind: 'user',
    // a workspace of the caller's own: every signed-in member may make a token for it
    input: async ({ caller }) => ({ workspace: caller ? (await makeWorkspace(caller.id)).slug : 'ws-none', name: 'CMS', role: 'viewer' }),
  },
  'lib/actions/api-tokens.ts#revokeApiTokenAction': {
    kind: 'user',
    input: async ({ caller }) => {
      if (!caller) return { tokenId: 'none' };
      const token = await createApiToken({
        userId: caller.id,
        workspace: (await makeWorkspace(caller.id)).slug,
        name: 'CMS',
        role: 'viewer',
        expiresIn: '30',
      });
      return { tokenId: token.id };
    },
  },
  'app/api/live/route.ts#GET': {
    kind: 'user',
    // Already aborted, so that a signed-in caller's event stream opens and ends at once.
    request: () => new Request('http://localhost:3000/api/live', { signal: AbortSignal.abort() }),
  },
  'lib/actions/workspaces.ts#createWorkspaceAction': { kind: 'user', input: () => ({ name: `Desk ${uniqueId()}` }) },
  'lib/actions/account.ts#updateProfileAction': { kind: 'user', input: ({ caller }) => ({ name: caller?.name ?? 'Someone' }) },
  'lib/actions/account.ts#changePasswordAction': {
    kind: 'user',
    input: ({ caller }) => {
      const password = caller?.password ?? 'irrelevant-password';
      return { currentPassword: password, newPassword: password, confirmPassword: password };
    },
  },
  // Without SMTP (as here) it answers that nothing can be sent; sending is in email-verification.test.ts.
  'lib/actions/account.ts#resendVerificationEmailAction': { kind: 'user', input: () => ({}) },
  'lib/actions/sessions.ts#signOutOtherSessionsAction': { kind: 'user', input: () => ({}) },
  'lib/actions/sessions.ts#revokeSessionAction': {
    kind: 'user',
    // one of the caller's own sessions (another browser)
    input: async ({ caller }) => ({
      sessionId: caller ? await createSignInSession({ userId: caller.id, userAgent: null, ip: null }) : 'none',
    }),
  },
  'lib/actions/two-factor.ts#startTwoFactorAction': { kind: 'user', input: () => ({}) },
  'lib/actions/two-factor.ts#confirmTwoFactorAction': {
    kind: 'user',
    // the code of an enrolment the caller started (callers are shared: start from no two-factor)
    input: async ({ caller }) => {
      if (!caller) return { code: '000000' };
      await getDb().twoFactor.deleteMany({ where: { userId: caller.id } });
      const { secret } = await startTwoFactorEnrolment({ userId: caller.id, email: caller.email });
      return { code: totpCode(secret) };
    },
  },
  'lib/actions/two-factor.ts#disableTwoFactorAction': {
    kind: 'user',
    input: async ({ caller }) => {
      if (!caller) return { password: 'irrelevant-password' };
      await getDb().twoFactor.deleteMany({ where: { userId: caller.id } });
      const { secret } = await startTwoFactorEnrolment({ userId: caller.id, email: caller.email });
      await confirmTwoFactorEnrolment({ userId: caller.id, code: totpCode(secret) });
      return { password: caller.password };
    },
  },
  'lib/actions/two-factor-sign-in.ts#verifySecondFactorAction': {
    kind: 'public',
    why: 'the second step of signing in: only a session awaiting its code gets anywhere (two-factor.test.ts)',
  },
  'lib/actions/invitations.ts#acceptInvitationAction': {
    kind: 'user',
    input: async ({ caller }) => {
      const inviter = await makeUser();
      const other = await makeWorkspace(inviter.id);
      const email = caller?.email ?? `nobody-${uniqueId()}@example.test`;
      const invitation = await createInvitation({ actorId: inviter.id, actorRole: 'owner', workspaceId: other.id, email, role: 'viewer' });
      return { token: invitation.path.split('/').at(-1)! };
    },
  },
  'lib/actions/invitations.ts#inviteMemberAction': {
    kind: 'workspace',
    allowed: ['owner', 'editor'],
    input: () => ({ email: `invitee-${uniqueId()}@example.test`, role: 'checker' }),
  },
  'lib/actions/invitations.ts#revokeInvitationAction': {
    kind: 'workspace',
    allowed: ['owner', 'editor'],
    input: async ({ workspace, users }) => {
      const invitation = await createInvitation({
        actorId: users.owner.id,
        actorRole: 'owner',
        workspaceId: workspace.id,
        email: `invitee-${uniqueId()}@example.test`,
        role: 'viewer',
      });
      return { invitationId: invitation.id };
    },
  },
  'lib/actions/members.ts#changeMemberRoleAction': {
    kind: 'workspace',
    allowed: ['owner'],
    input: ({ target }) => ({ membershipId: target.membershipId, version: 1, role: 'editor' }),
  },
  'lib/actions/members.ts#removeMemberAction': {
    kind: 'workspace',
    allowed: ['owner'],
    input: ({ target }) => ({ membershipId: target.membershipId }),
  },
  'lib/actions/members.ts#leaveWorkspaceAction': {
    kind: 'workspace',
    allowed: ['owner', 'editor', 'checker', 'viewer'],
    input: () => ({}),
  },
  'lib/actions/workspaces.ts#renameWorkspaceAction': {
    kind: 'workspace',
    allowed: ['owner'],
    input: () => ({ version: 1, name: `Renamed ${uniqueId()}` }),
  },
  'lib/actions/workspaces.ts#setRequireTwoFactorAction': {
    kind: 'workspace',
    allowed: ['owner'],
    input: () => ({ requireTwoFactor: false }),
  },
  'lib/actions/publishing.ts#savePublishingProfileAction': {
    kind: 'workspace',
    allowed: ['owner', 'editor'],
    input: () => ({
      version: 0,
      organizationName: 'Desk Fact Check',
      organizationUrl: 'https://factcheck.example.org',
      claimUrlPattern: 'https://factcheck.example.org/{document}/{claim}',
      bestRating: 5,
      worstRating: 1,
      rating_verified: 5,
      name_verified: 'Verified',
      rating_false: 1,
      name_false: 'False',
      rating_misleading: 2,
      name_misleading: 'Misleading',
      rating_unverifiable: '',
      name_unverifiable: 'Unverifiable',
    }),
  },
  'lib/actions/imports.ts#importPastedTextAction': {
    kind: 'workspace',
    allowed: ['owner', 'editor'],
    input: () => ({ text: 'North Korea has shipped over 16,500 containers of munitions.' }),
  },
  'lib/actions/imports.ts#importUrlAction': {
    kind: 'workspace',
    allowed: ['owner', 'editor'],
    // Fetching is refused for private addresses: an allowed caller reaches that refusal (422).
    input: () => ({ url: 'http://127.0.0.1:9/article' }),
    allowedOutcome: 'invalid',
  },
  'lib/actions/fact-checks.ts#importFactChecksFromAddressAction': {
    kind: 'workspace',
    allowed: ['owner', 'editor', 'checker'],
    // Fetching is refused for private addresses: an allowed caller reaches that refusal (422).
    input: () => ({ url: 'http://127.0.0.1:9/fact-check' }),
    allowedOutcome: 'invalid',
  },
  'lib/actions/documents.ts#saveVersionAction': {
    kind: 'workspace',
    allowed: ['owner', 'editor'],
    input: ({ document }) => ({
      documentId: document.id,
      baseVersionId: document.versionId,
      content: JSON.stringify({
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kim Jong Il died in 2011.' }] }],
      }),
      summary: 'Corrected the name',
    }),
  },
  'lib/actions/documents.ts#updateDocumentMetadataAction': {
    kind: 'workspace',
    allowed: ['owner', 'editor'],
    input: ({ document }) => ({
      documentId: document.id,
      metadataVersion: 1,
      title: 'A better title',
      byline: 'Jane Reporter',
      publishedAt: '2024-10-28',
    }),
  },
  'lib/actions/documents.ts#archiveDocumentAction': {
    kind: 'workspace',
    allowed: ['owner', 'editor'],
    input: ({ document }) => ({ documentId: document.id, archived: 'true' }),
  },
  'lib/actions/annotations.ts#createAnnotationAction': {
    kind: 'workspace',
    allowed: ['owner', 'editor', 'checker'],
    input: ({ document }) => ({ documentId: document.id, versionId: document.versionId, start: 0, end: 3, kind: 'claim' }),
  },
  'lib/actions/annotations.ts#reattachAnnotationAction': {
    kind: 'workspace',
    allowed: ['owner', 'editor', 'checker'],
    input: async ({ document, workspace, users }) => {
      const annotation = await createAnnotation({ ...ownersAnnotation(document, workspace, users) });
      return { annotationId: annotation.id, versionId: document.versionId, start: 4, end: 8 };
    },
  },
  'lib/actions/annotations.ts#deleteAnnotationAction': {
    kind: 'workspace',
    // Its author (here the owner), editors and owners; a checker may delete only their own.
    allowed: ['owner', 'editor'],
    input: async ({ document, workspace, users }) => {
      const annotation = await createAnnotation({ ...ownersAnnotation(document, workspace, users) });
      return { annotationId: annotation.id };
    },
  },
  'app/api/w/[workspace]/documents/[documentId]/suggestions/route.ts#GET': {
    kind: 'workspaceRoute',
    allowed: ['owner', 'editor', 'checker'],
    params: ({ document }) => ({ documentId: document.id }),
    request: ({ document }) => new Request(`http://localhost:3000/api/w/x/documents/${document.id}/suggestions`),
  },
  'lib/actions/suggestions.ts#dismissSuggestionAction': {
    kind: 'workspace',
    allowed: ['owner', 'editor', 'checker'],
    input: ({ document }) => ({ documentId: document.id, kind: 'figure', exact: 'three' }),
  },
  'lib/actions/suggestions.ts#restoreSuggestionAction': {
    kind: 'workspace',
    allowed: ['owner', 'editor', 'checker'],
    input: ({ document }) => ({ documentId: document.id, kind: 'figure', exact: 'three' }),
  },
  'app/api/w/[workspace]/documents/[documentId]/suggestions/dismissed/route.ts#GET': {
    kind: 'workspaceRoute',
    allowed: ['owner', 'editor', 'checker'],
    params: ({ document }) => ({ documentId: document.id }),
    request: ({ document }) => new Request(`http://localhost:3000/api/w/x/documents/${document.id}/suggestions/dismissed`),
  },
  'lib/actions/tags.ts#createTagAction': {
    kind: 'workspace',
    allowed: ['owner', 'editor', 'checker'],
    input: () => ({ name: `Tag ${uniqueId()}`, color: '#336699' }),
  },
  'lib/actions/tags.ts#updateTagAction': {
    kind: 'workspace',
    allowed: ['owner', 'editor'],
    input: async ({ workspace }) => ({
      tagId: (await makeTag(workspace.id)).id,
      version: 1,
      name: `Renamed ${uniqueId()}`,
      color: '#993366',
    }),
  },
  'lib/actions/tags.ts#mergeTagsAction': {
    kind: 'workspace',
    allowed: ['owner', 'editor'],
    input: async ({ workspace }) => ({ sourceTagId: (await makeTag(workspace.id)).id, targetTagId: (await makeTag(workspace.id)).id }),
  },
  'lib/actions/tags.ts#deleteTagAction': {
    kind: 'workspace',
    allowed: ['owner', 'editor'],
    input: async ({ workspace }) => ({ tagId: (await makeTag(workspace.id)).id }),
  },
  'lib/actions/imports.ts#reimportFromUrlAction': {
    kind: 'workspace',
    allowed: ['owner', 'editor'],
    // The test document has no origin URL: an allowed caller reaches that refusal (422).
    input: ({ document }) => ({ documentId: document.id }),
    allowedOutcome: 'invalid',
  },
  'app/api/w/[workspace]/imports/route.ts#POST': {
    kind: 'workspaceRoute',
    allowed: ['owner', 'editor'],
    request: () => {
      const form = new FormData();
      form.set('file', new File(['Over 16,500 containers were shipped.'], 'note.txt', { type: 'text/plain' }));
      return new Request('http://localhost:3000/api/w/x/imports', { method: 'POST', body: form, headers: FROM_OWN_PAGE });
    },
  },
  'app/api/w/[workspace]/documents/[documentId]/annotations/import/route.ts#POST': {
    kind: 'workspaceRoute',
    allowed: ['owner', 'editor', 'checker'],
    params: ({ document }) => ({ documentId: document.id }),
    request: ({ document }) =>
      new Request(`http://localhost:3000/api/w/x/documents/${document.id}/annotations/import`, {
        method: 'POST',
        headers: { ...FROM_OWN_PAGE, 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'Annotation', target: { selector: { type: 'TextQuoteSelector', exact: 'Kim Jong II' } } }),
      }),
  },
  'app/api/w/[workspace]/documents/[documentId]/annotations/route.ts#GET': {
    kind: 'workspaceRoute',
    allowed: ['owner', 'editor', 'checker', 'viewer'],
    params: ({ document }) => ({ documentId: document.id }),
    request: ({ document }) => new Request(`http://localhost:3000/api/w/x/documents/${document.id}/annotations`),
  },
  'app/api/w/[workspace]/exports/route.ts#GET': {
    kind: 'workspaceRoute',
    allowed: ['owner', 'editor', 'checker', 'viewer'],
    request: ({ document }) => new Request(`http://localhost:3000/api/w/x/exports?format=csv&status=any&document=${document.id}`),
  },
  'app/api/w/[workspace]/live/route.ts#GET': {
    kind: 'workspaceRoute',
    allowed: ['owner', 'editor', 'checker', 'viewer'],
    // Already aborted, so that an allowed caller's event stream opens and ends at once.
    request: ({ document }) => new Request(`http://localhost:3000/api/w/x/live?document=${document.id}`, { signal: AbortSignal.abort() }),
  },
  'app/api/w/[workspace]/documents/[documentId]/presence/route.ts#POST': {
    kind: 'workspaceRoute',
    allowed: ['owner', 'editor', 'checker', 'viewer'],
    params: ({ document }) => ({ documentId: document.id }),
    // The caller's own open page of the document (a Presence row as the live route makes it).
    request: async ({ document, workspace, caller, users }) => {
      const connectionId = `matrix-${uniqueId()}`;
      await getDb().presence.create({
        data: {
          id: connectionId,
          workspaceId: workspace.id,
          documentId: document.id,
          userId: caller?.id ?? users.owner.id,
          instanceId: 'matrix',
        },
      });
      return new Request(`http://localhost:3000/api/w/x/documents/${document.id}/presence`, {
        method: 'POST',
        headers: { ...FROM_OWN_PAGE, 'content-type': 'application/json' },
        body: JSON.stringify({ connectionId, versionId: document.versionId, selection: { from: 0, to: 3 } }),
      });
    },
  },
  'app/api/w/[workspace]/claims/[claimId]/route.ts#GET': {
    kind: 'workspaceRoute',
    allowed: ['owner', 'editor', 'checker', 'viewer'],
    params: async (fixture) => ({ claimId: await ownersClaim(fixture) }),
    request: () => new Request('http://localhost:3000/api/w/x/claims/c'),
  },
  'app/api/w/[workspace]/claims/[claimId]/memory/route.ts#GET': {
    kind: 'workspaceRoute',
    allowed: ['owner', 'editor', 'checker', 'viewer'],
    params: async (fixture) => ({ claimId: await ownersClaim(fixture) }),
    request: () => new Request('http://localhost:3000/api/w/x/claims/c/memory'),
  },
  'app/api/w/[workspace]/fact-checks/route.ts#POST': {
    kind: 'workspaceRoute',
    allowed: ['owner', 'editor', 'checker'],
    request: () => {
      const form = new FormData();
      const review = { '@type': 'ClaimReview', url: `https://check.example.org/${uniqueId()}`, claimReviewed: 'Three words were shipped.' };
      form.set('file', new File([JSON.stringify(review)], 'reviews.json', { type: 'application/json' }));
      return new Request('http://localhost:3000/api/w/x/fact-checks', { method: 'POST', body: form, headers: FROM_OWN_PAGE });
    },
  },
  'app/api/w/[workspace]/evidence-uploads/route.ts#POST': {
    kind: 'workspaceRoute',
    allowed: ['owner', 'editor', 'checker'],
    request: () => {
      const form = new FormData();
      form.set('file', new File([`Notes of a call ${uniqueId()}`], 'call.txt', { type: 'text/plain' }));
      return new Request('http://localhost:3000/api/w/x/evidence-uploads', { method: 'POST', body: form, headers: FROM_OWN_PAGE });
    },
  },
  'app/api/w/[workspace]/evidence-uploads/[uploadId]/route.ts#GET': {
    kind: 'workspaceRoute',
    allowed: ['owner', 'editor', 'checker', 'viewer'],
    params: async ({ workspace, users }) => {
      const file = { name: 'scan.png', type: 'image/png', bytes: new TextEncoder().encode(`scan ${uniqueId()}`) };
      const upload = await storeEvidenceUpload({ workspaceId: workspace.id, userId: users.owner.id, file });
      return { uploadId: upload.id };
    },
    request: () => new Request('http://localhost:3000/api/w/x/evidence-uploads/u'),
  },
  'lib/actions/claims.ts#updateClaimAction': {
    kind: 'workspace',
    allowed: ['owner', 'editor', 'checker'],
    input: async (fixture) => ({ claimId: await ownersClaim(fixture), version: 1, statement: 'Three words were shipped.' }),
  },
  'lib/actions/claims.ts#assignClaimAction': {
    kind: 'workspace',
    allowed: ['owner', 'editor'],
    input: async (fixture) => ({ claimId: await ownersClaim(fixture), version: 1, assigneeId: fixture.users.checker.id }),
  },
  'lib/actions/claims.ts#claimStepAction': {
    kind: 'workspace',
    allowed: ['owner', 'editor', 'checker'],
    input: async (fixture) => ({ claimId: await ownersClaim(fixture), version: 1, step: 'start' }),
  },
  'lib/actions/claims.ts#linkSameClaimAction': {
    kind: 'workspace',
    allowed: ['owner', 'editor', 'checker'],
    input: async (fixture) => ({ claimId: await ownersClaim(fixture), version: 1, otherClaimId: await ownersClaim(fixture) }),
  },
  'lib/actions/claims.ts#unlinkClaimAction': {
    kind: 'workspace',
    allowed: ['owner', 'editor', 'checker'],
    input: async (fixture) => ({ claimId: await ownersClaim(fixture), version: 1 }),
  },
  'lib/actions/evidence.ts#addEvidenceAction': {
    kind: 'workspace',
    allowed: ['owner', 'editor', 'checker'],
    input: async (fixture) => ({ claimId: await ownersClaim(fixture), url: 'https://www.state.gov/briefings/', stance: 'supports' }),
  },
  'lib/actions/evidence.ts#removeEvidenceAction': {
    kind: 'workspace',
    allowed: ['owner', 'editor', 'checker'],
    input: async (fixture) => {
      const claimId = await ownersClaim(fixture);
      const source = normalizeSourceUrl('https://www.politico.eu/article/north-korea-munitions/');
      const evidence = await addEvidence({
        workspaceId: fixture.workspace.id,
        userId: fixture.users.owner.id,
        claimId,
        source,
        stance: 'context',
        quote: null,
      });
      return { evidenceId: evidence.id };
    },
  },
  'lib/actions/claims.ts#bulkAssignClaimsAction': {
    kind: 'workspace',
    allowed: ['owner', 'editor'],
    input: async (fixture) => ({ claims: [{ claimId: await ownersClaim(fixture), version: 1 }], assigneeId: fixture.users.checker.id }),
  },
  'lib/actions/claims.ts#bulkClaimStepAction': {
    kind: 'workspace',
    allowed: ['owner', 'editor', 'checker'],
    input: async (fixture) => ({ claims: [{ claimId: await ownersClaim(fixture), version: 1 }], step: 'start' }),
  },
  'app/api/w/[workspace]/annotations/[annotationId]/comments/route.ts#GET': {
    kind: 'workspaceRoute',
    allowed: ['owner', 'editor', 'checker', 'viewer'],
    params: async (fixture) => ({ annotationId: (await ownersComment(fixture)).annotationId }),
    request: () => new Request('http://localhost:3000/api/w/x/annotations/a/comments'),
  },
  'lib/actions/comments.ts#createCommentAction': {
    kind: 'workspace',
    allowed: ['owner', 'editor', 'checker'],
    input: async (fixture) => ({
      annotationId: (await ownersComment(fixture)).annotationId,
      body: `Source? @[Checker](${fixture.users.checker.id})`,
    }),
  },
  'lib/actions/comments.ts#editCommentAction': {
    kind: 'workspace',
    // Only its author edits a comment: here each caller edits their own.
    allowed: ['owner', 'editor', 'checker'],
    input: async (fixture) => ({ commentId: (await ownersComment(fixture, callersOwn(fixture))).id, version: 1, body: 'Edited' }),
  },
  'lib/actions/comments.ts#deleteCommentAction': {
    kind: 'workspace',
    // Its author (here the owner), editors and owners; a checker may delete only their own.
    allowed: ['owner', 'editor'],
    input: async (fixture) => ({ commentId: (await ownersComment(fixture)).id }),
  },
  'lib/actions/notifications.ts#markNotificationsReadAction': { kind: 'user', input: () => ({}) },
  'lib/actions/sources.ts#checkSourceAction': {
    kind: 'workspace',
    allowed: ['owner', 'editor', 'checker'],
    input: async ({ workspace }) => ({ sourceId: await unreachableSource(workspace.id) }),
  },
  'lib/actions/sources.ts#captureSourceAction': {
    kind: 'workspace',
    allowed: ['owner', 'editor', 'checker'],
    input: async ({ workspace }) => ({ sourceId: await unreachableSource(workspace.id) }),
  },
  'lib/actions/workspaces.ts#deleteWorkspaceAction': {
    kind: 'workspace',
    allowed: ['owner'],
    input: ({ workspace }) => ({ confirmName: workspace.name }),
  },
  'lib/actions/webhooks.ts#createWebhookAction': {
    kind: 'workspace',
    allowed: ['owner'],
    input: () => ({ url: PUBLIC_HOOK, events: ['claim.proposed'] }),
  },
  'lib/actions/webhooks.ts#updateWebhookAction': {
    kind: 'workspace',
    allowed: ['owner'],
    input: async ({ workspace }) => ({ webhookId: (await makeWebhook(workspace.id)).id, version: 1, description: 'Desk bot' }),
  },
  'lib/actions/webhooks.ts#deleteWebhookAction': {
    kind: 'workspace',
    allowed: ['owner'],
    input: async ({ workspace }) => ({ webhookId: (await makeWebhook(workspace.id)).id }),
  },
  'lib/actions/webhooks.ts#revealWebhookSecretAction': {
    kind: 'workspace',
    allowed: ['owner'],
    input: async ({ workspace }) => ({ webhookId: (await makeWebhook(workspace.id)).id }),
  },
  'lib/actions/webhooks.ts#rotateWebhookSecretAction': {
    kind: 'workspace',
    allowed: ['owner'],
    input: async ({ workspace }) => ({ webhookId: (await makeWebhook(workspace.id)).id }),
  },
  'lib/actions/webhooks.ts#sendTestWebhookAction': {
    kind: 'workspace',
    allowed: ['owner'],
    input: async ({ workspace }) => ({ webhookId: (await makeWebhook(workspace.id)).id }),
  },
  'lib/actions/webhooks.ts#redeliverWebhookAction': {
    kind: 'workspace',
    allowed: ['owner'],
    input: async ({ workspace }) => {
      const webhook = await makeWebhook(workspace.id);
      return { webhookId: webhook.id, deliveryId: (await makeDelivery(webhook.id)).id };
    },
  },
  'app/api/v1/webhooks/route.ts#GET': { kind: 'apiRoute', allowed: ['owner'], stranger: 'ok', call: () => ({}) },
  'app/api/v1/webhooks/route.ts#POST': {
    kind: 'apiRoute',
    allowed: ['owner'],
    // a token adds to its own workspace: a stranger's adds one to theirs, never to this one
    stranger: 'ok',
    call: () => ({ body: { url: PUBLIC_HOOK, events: ['source.gone'] } }),
  },
  'app/api/v1/webhooks/[webhookId]/route.ts#GET': {
    kind: 'apiRoute',
    allowed: ['owner'],
    call: async ({ workspace }) => ({ params: { webhookId: (await makeWebhook(workspace.id)).id } }),
  },
  'app/api/v1/webhooks/[webhookId]/route.ts#PATCH': {
    kind: 'apiRoute',
    allowed: ['owner'],
    call: async ({ workspace }) => ({ params: { webhookId: (await makeWebhook(workspace.id)).id }, body: { version: 1, enabled: false } }),
  },
  'app/api/v1/webhooks/[webhookId]/route.ts#DELETE': {
    kind: 'apiRoute',
    allowed: ['owner'],
    call: async ({ workspace }) => ({ params: { webhookId: (await makeWebhook(workspace.id)).id } }),
  },
  'app/api/v1/webhooks/[webhookId]/deliveries/route.ts#GET': {
    kind: 'apiRoute',
    allowed: ['owner'],
    call: async ({ workspace }) => ({ params: { webhookId: (await makeWebhook(workspace.id)).id } }),
  },
  'app/api/v1/webhooks/[webhookId]/test/route.ts#POST': {
    kind: 'apiRoute',
    allowed: ['owner'],
    call: async ({ workspace }) => ({ params: { webhookId: (await makeWebhook(workspace.id)).id } }),
  },
};

const makeTag = (workspaceId: string) => getDb().tag.create({ data: { workspaceId, name: `Tag ${uniqueId()}`, color: '#336699' } });

/** The Claim of a figure the owner marked. */
async function ownersClaim({ document, workspace, users }: Fixture) {
  const annotation = await createAnnotation({ ...ownersAnnotation(document, workspace, users) });
  return annotation.claim!.id;
}

/** A source whose host never resolves (.invalid): checking it is quick and ends 'gone'. */
async function unreachableSource(workspaceId: string) {
  const source = await getDb().source.create({
    data: { workspaceId, ...normalizeSourceUrl(`https://${uniqueId()}.invalid/report`) },
    select: { id: true },
  });
  return source.id;
}

/** Evidence (a source with a context stance) on a claim the owner marked. */
async function ownersEvidence(fixture: Fixture) {
  const claimId = await ownersClaim(fixture);
  const source = normalizeSourceUrl('https://www.politico.eu/article/north-korea-munitions/');
  const evidence = await addEvidence({
    workspaceId: fixture.workspace.id,
    userId: fixture.users.owner.id,
    claimId,
    source,
    stance: 'context',
    quote: null,
  });
  return getDb().evidence.findUniqueOrThrow({ where: { id: evidence.id }, select: { id: true, sourceId: true } });
}

/** A comment on a figure the owner marked, written by `authorId` (default: the owner). */
async function ownersComment(fixture: Fixture, authorId = fixture.users.owner.id) {
  const annotation = await createAnnotation({ ...ownersAnnotation(fixture.document, fixture.workspace, fixture.users) });
  const comment = await createComment({
    workspaceId: fixture.workspace.id,
    userId: authorId,
    annotationId: annotation.id,
    parentId: null,
    body: 'Where is this from?',
  });
  return { id: comment.id, annotationId: annotation.id };
}

/** The caller when they are a member of the fixture's workspace, else the owner. */
const callersOwn = ({ caller, users }: Fixture) => (caller && caller.id !== users.stranger.id ? caller.id : users.owner.id);

function ownersAnnotation(document: Fixture['document'], workspace: Fixture['workspace'], users: Fixture['users']) {
  return {
    workspaceId: workspace.id,
    userId: users.owner.id,
    documentId: document.id,
    versionId: document.versionId,
    start: 0,
    end: 3,
    kind: 'figure' as const,
    visibility: 'shared' as const,
    tagIds: [],
  };
}

function findFiles(dir: string, matches: (name: string) => boolean): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return findFiles(full, matches);
    return matches(entry.name) ? [full] : [];
  });
}

/** A module of server actions, whatever its name: it starts with the 'use server' directive. */
const isServerActionFile = (file: string) => /^(?:\/\/[^\n]*\n|\s)*['"]use server['"]/.test(fs.readFileSync(file, 'utf8'));

/** file#export for every exported function of every server-action file and route handler. */
async function discoverEndpoints(): Promise<Map<string, unknown>> {
  const endpoints = new Map<string, unknown>();
  const sourceFiles = ['app', 'lib', 'components'].flatMap((dir) => findFiles(path.join(ROOT, dir), (name) => /\.tsx?$/.test(name)));
  const files = [...sourceFiles.filter(isServerActionFile), ...findFiles(path.join(ROOT, 'app'), (name) => name === 'route.ts')];
  for (const file of files) {
    const exported = (await import(file)) as Record<string, unknown>;
    for (const name of Object.keys(exported)) {
      // a REST route's 405 for the methods it does not handle opens nothing (api-contract.test.ts)
      if (typeof exported[name] === 'function' && !isMethodNotAllowed(exported[name]))
        endpoints.set(`${path.relative(ROOT, file)}#${name}`, exported[name]);
    }
  }
  return endpoints;
}

let endpoints: Map<string, unknown>;
let users: Fixture['users'];

beforeAll(async () => {
  endpoints = await discoverEndpoints();
  const [owner, coOwner, editor, checker, viewer, stranger] = await Promise.all(Array.from({ length: 6 }, () => makeUser()));
  users = { owner: owner!, editor: editor!, checker: checker!, viewer: viewer!, stranger: stranger! };
  coOwnerId = coOwner!.id;
  target = await makeUser();
});
let coOwnerId: string;
let target: User;

/** A fresh workspace per call, so that one call's change cannot decide the next one's outcome. */
async function freshFixture(caller: Caller): Promise<Fixture> {
  const workspace = await makeWorkspace(users.owner.id);
  await addMember(workspace.id, coOwnerId, 'owner'); // so that the owner may leave
  await Promise.all((['editor', 'checker', 'viewer'] as const).map((role) => addMember(workspace.id, users[role].id, role)));
  await makeWorkspace(users.stranger.id);
  const targetMembership = await addMember(workspace.id, target.id, 'viewer');
  const document = await createDocument({
    workspaceId: workspace.id,
    userId: users.owner.id,
    title: 'Article',
    blocks: [{ type: 'paragraph', text: 'Kim Jong II died in 2011.' }],
    origin: 'paste',
  });
  const version = await getDb().documentVersion.findFirstOrThrow({ where: { documentId: document.id }, select: { id: true } });
  return {
    document: { id: document.id, versionId: version.id },
    workspace: { id: workspace.id, slug: workspace.slug, name: `Workspace ${workspace.slug.slice(3)}` },
    users,
    target: { membershipId: targetMembership.id },
    caller: caller === 'signedOut' ? null : users[caller],
  };
}

function expectedCode(entry: Exclude<Entry, { kind: 'public' }>, caller: Caller): string {
  if (caller === 'signedOut') return 'unauthorized';
  if (entry.kind === 'user') return 'ok';
  if (caller === 'stranger') return (entry.kind === 'apiRoute' && entry.stranger) || 'not_found';
  if (!entry.allowed.includes(caller)) return 'forbidden';
  return entry.kind === 'workspace' ? (entry.allowedOutcome ?? 'ok') : 'ok';
}

/** "lib/actions/members.ts#removeMemberAction" → "members#removeMemberAction"; "app/api/v1/claims/route.ts#GET" → "api/v1/claims/route#GET" */
const shortName = (key: string) =>
  key
    .replace(/^lib\/actions\//, '')
    .replace(/^app\/(\([a-z]+\)\/)?/, '')
    .replace(/\.ts#/, '#');

const activityCount = (workspaceId: string) => getDb().activity.count({ where: { workspaceId } });

/** The caller's personal access token: a member's in the fixture's workspace with their role, a stranger's in their own workspace. */
async function callerToken(caller: Caller, fixture: Fixture) {
  if (caller === 'signedOut') return null;
  const workspace = caller === 'stranger' ? (await makeWorkspace(users.stranger.id)).slug : fixture.workspace.slug;
  const token = await createApiToken({
    userId: users[caller].id,
    workspace,
    name: 'Matrix',
    role: caller === 'stranger' ? 'owner' : caller,
    expiresIn: '30',
  });
  return token.secret;
}

/** Calls a REST API handler as Next would: its method from the key, Bearer token, JSON body. */
async function callApi(key: string, { params = {}, query = {}, body }: ApiCall, token: string | null) {
  const handler = endpoints.get(key) as (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
  const url = new URL('http://localhost:3000/api/v1/matrix');
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  const headers = new Headers(token ? { authorization: `Bearer ${token}`, 'content-type': 'application/json' } : {});
  const request = new Request(url, { method: key.split('#')[1], headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return handler(request, { params: Promise.resolve(params) });
}

describe('authorization matrix', () => {
  it('has an entry for every server action and route handler, and no stale entries', () => {
    const found = [...endpoints.keys()].sort();
    expect(found.filter((key) => !(key in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((key) => !endpoints.has(key))).toEqual([]);
  });

  const cases = Object.entries(MATRIX).flatMap(([key, entry]) =>
    entry.kind === 'public'
      ? []
      : CALLERS.map((caller) => ({ name: shortName(key), key, entry, caller, expected: expectedCode(entry, caller) })),
  );

  it.each(cases)('$name as $caller → $expected', async ({ key, entry, caller, expected }) => {
    const fixture = await freshFixture(caller);
    const input =
      entry.kind === 'workspaceRoute' || entry.kind === 'apiRoute' || 'request' in entry
        ? {}
        : { workspace: fixture.workspace.slug, ...(await entry.input(fixture)) };
    const apiCall = entry.kind === 'apiRoute' ? await entry.call(fixture) : {};
    const routeParams = entry.kind === 'workspaceRoute' ? { ...(await entry.params?.(fixture)), workspace: fixture.workspace.slug } : {};
    const before = await activityCount(fixture.workspace.id);
    actAs(fixture.caller?.id ?? null);
    try {
      if (entry.kind === 'apiRoute') {
        const response = await callApi(key, apiCall, await callerToken(caller, fixture));
        const body = await response.text(); // a streamed export finishes before the check below
        if (expected === 'ok') expect(response.ok, body).toBe(true);
        else expect(response.status, body).toBe(STATUS[expected]);
        if (!response.ok) expect(await activityCount(fixture.workspace.id)).toBe(before);
        return;
      }
      if (entry.kind === 'workspaceRoute' || 'request' in entry) {
        const handler = endpoints.get(key) as (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
        const response = await handler(await entry.request(fixture), { params: Promise.resolve(routeParams) });
        await response.text(); // a streamed answer finishes its work before the check below
        if (expected === 'ok')
          expect(response.ok, `status ${response.status}`).toBe(true); // 200, or 204 with nothing to say
        else expect(response.status).toBe(STATUS[expected]);
        if (!response.ok) expect(await activityCount(fixture.workspace.id)).toBe(before);
        return;
      }
      const action = endpoints.get(key) as (input: Record<string, unknown>) => Promise<ActionResult<unknown>>;
      const result = await action(input);
      expect(result.ok ? 'ok' : result.code, result.ok ? '' : result.error).toBe(expected);
      if (!result.ok) expect(await activityCount(fixture.workspace.id)).toBe(before);
    } finally {
      actAs(null);
    }
  });
});
