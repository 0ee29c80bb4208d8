import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { listDocumentActivity } from '@/lib/server/activity/list-document-activity';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { assignClaim } from '@/lib/server/claims/assign-claim';
import { getClaim } from '@/lib/server/claims/get-claim';
import { takeClaimStep } from '@/lib/server/claims/take-claim-step';
import { updateClaimStatement } from '@/lib/server/claims/update-claim';
import { addEvidence } from '@/lib/server/evidence/add-evidence';
import { removeEvidence } from '@/lib/server/evidence/remove-evidence';
import { getSource } from '@/lib/server/sources/get-source';
import { dismissSuggestion } from '@/lib/server/suggestions/dismiss-suggestion';
import { listDismissedSuggestions } from '@/lib/server/suggestions/list-dismissed-suggestions';
import { listSuggestions } from '@/lib/server/suggestions/list-suggestions';
import { restoreSuggestion } from '@/lib/server/suggestions/restore-suggestion';
import { activityOf, desk, source } from './support/claim-desk';
import { makeUser } from './support/factories';

describe('claims', () => {
  it('gives a marked figure a claim with its typed value', async () => {
    const { workspace, viewer, claimId } = await desk();
    const claim = await getClaim({ workspaceId: workspace.id, userId: viewer.id, claimId });
    expect(claim).toMatchObject({
      statement: 'over 16,500 containers',
      status: 'unchecked',
      figureKind: 'number',
      figureValue: 16500,
      figureUnit: 'containers',
      figureQualifier: 'over',
    });
  });

  it('takes a figure from unchecked to reviewed with two people, evidence and a full history', async () => {
    const { workspace, checker, reviewer, claimId, step } = await desk();
    await step(checker, 1, { step: 'start' });
    // Verified without a supporting source: refused, and nothing changes.
    await expect(step(checker, 2, { step: 'propose', verdict: 'verified', rationale: 'State Department figure' })).rejects.toThrow(
      'A claim can only be verified with at least one piece of evidence that supports it.',
    );
    expect((await getClaim({ workspaceId: workspace.id, userId: checker.id, claimId })).status).toBe('in_progress');

    await addEvidence({
      workspaceId: workspace.id,
      userId: checker.id,
      claimId,
      source: source('https://www.politico.eu/article/north-korea-munitions/?utm_source=x'),
      stance: 'supports',
      quote: 'North Korea has shipped over 16,500 containers of munitions',
    });
    await step(checker, 2, { step: 'propose', verdict: 'verified', rationale: 'Matches the State Department briefing.' });
    await expect(step(checker, 3, { step: 'accept' })).rejects.toThrow('someone other than the person who proposed it');
    await step(reviewer, 3, { step: 'accept' });

    const claim = await getClaim({ workspaceId: workspace.id, userId: checker.id, claimId });
    expect(claim).toMatchObject({
      status: 'reviewed',
      verdict: 'verified',
      proposedById: checker.id,
      reviewedById: reviewer.id,
      version: 4,
    });
    expect(claim.evidence.map((evidence) => evidence.source?.url)).toEqual([
      'https://www.politico.eu/article/north-korea-munitions/?utm_source=x',
    ]);
    expect((await activityOf(claimId)).map((entry) => entry.action)).toEqual([
      'annotation.created',
      'claim.start',
      'evidence.added',
      'claim.propose',
      'claim.accept',
    ]);
    expect((await activityOf(claimId))[3]).toMatchObject({
      before: { status: 'in_progress', verdict: null },
      after: { status: 'proposed', verdict: 'verified', rationale: 'Matches the State Department briefing.' },
    });

    const notifications = await getDb().notification.findMany({
      where: { claimId },
      orderBy: { createdAt: 'asc' },
      select: { userId: true, kind: true, message: true },
    });
    expect(notifications.filter((note) => note.kind === 'review_request').map((note) => note.userId)).not.toContain(checker.id);
    expect(notifications.filter((note) => note.kind === 'review_request').map((note) => note.userId)).toContain(reviewer.id);
    expect(notifications.find((note) => note.kind === 'review_result')).toMatchObject({
      userId: checker.id,
      message: 'Ben Reviewer accepted your verdict on “over 16,500 containers”.',
    });
  });

  it('sends a verdict back with a reason kept in the history', async () => {
    const { checker, reviewer, claimId, step } = await desk();
    await step(checker, 1, { step: 'start' });
    await step(checker, 2, { step: 'propose', verdict: 'misleading', rationale: 'Containers are not shells.' });
    await step(reviewer, 3, { step: 'send_back', reason: 'Cite the briefing itself.' });
    const history = await activityOf(claimId);
    expect(history.at(-1)).toMatchObject({
      action: 'claim.send_back',
      after: { status: 'in_progress', verdict: null, reason: 'Cite the briefing itself.' },
    });
  });

  it('tells the second of two simultaneous editors, and loses neither change silently', async () => {
    const { workspace, checker, reviewer, claimId } = await desk();
    const results = await Promise.allSettled([
      updateClaimStatement({
        workspaceId: workspace.id,
        userId: checker.id,
        claimId,
        version: 1,
        statement: 'North Korea shipped over 16,500 containers.',
      }),
      updateClaimStatement({
        workspaceId: workspace.id,
        userId: reviewer.id,
        claimId,
        version: 1,
        statement: 'Over 16,500 containers of munitions went to Russia.',
      }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((result) => result.status === 'rejected');
    expect(refused?.reason).toMatchObject({ code: 'stale', message: expect.stringContaining('Someone else changed this claim') });
    const claim = await getClaim({ workspaceId: workspace.id, userId: checker.id, claimId });
    expect(claim.version).toBe(2);
    expect((await activityOf(claimId)).filter((entry) => entry.action === 'claim.statement_changed')).toHaveLength(1);
  });

  it('assigns only to members who can check, and notifies them', async () => {
    const { workspace, owner, checker, viewer, claimId } = await desk();
    await expect(assignClaim({ workspaceId: workspace.id, userId: owner.id, claimId, version: 1, assigneeId: viewer.id })).rejects.toThrow(
      'Viewers cannot check claims',
    );
    const stranger = await makeUser();
    await expect(
      assignClaim({ workspaceId: workspace.id, userId: owner.id, claimId, version: 1, assigneeId: stranger.id }),
    ).rejects.toThrow('members of this workspace');
    await assignClaim({ workspaceId: workspace.id, userId: owner.id, claimId, version: 1, assigneeId: checker.id });
    expect(await getDb().notification.findMany({ where: { userId: checker.id }, select: { kind: true } })).toEqual([
      { kind: 'assignment' },
    ]);
  });

  it('keeps one source per page in a workspace and never leaves a verdict resting on a removed source', async () => {
    const { workspace, checker, reviewer, claimId, step } = await desk();
    const add = (url: string, stance: 'supports' | 'context') =>
      addEvidence({ workspaceId: workspace.id, userId: checker.id, claimId, source: source(url), stance, quote: null });
    const supporting = await add('https://www.state.gov/briefing#top', 'supports');
    await expect(add('https://STATE.gov/briefing/?utm_campaign=a', 'context')).resolves.toBeTruthy();
    expect(await getDb().source.count({ where: { workspaceId: workspace.id, domain: 'state.gov' } })).toBe(2); // www. is another host
    await expect(add('https://www.state.gov/briefing/', 'context')).rejects.toThrow('already evidence for this claim');

    await step(checker, 1, { step: 'start' });
    await step(checker, 2, { step: 'propose', verdict: 'verified', rationale: 'Briefing' });
    // Removing it would send the claim back to in progress (tests/integration/claim-lock.test.ts): not without saying so.
    await expect(removeEvidence({ workspaceId: workspace.id, userId: reviewer.id, evidenceId: supporting.id })).rejects.toThrow(
      'sends it back to in progress',
    );
    expect(await getDb().evidence.count({ where: { claimId } })).toBe(2);
  });

  it('refuses non-web addresses as sources', () => {
    expect(() => source('javascript:alert(1)')).toThrow('Only http and https addresses can be sources.');
    expect(() => source('ftp://example.org/file')).toThrow('Only http and https addresses can be sources.');
  });

  it('answers another workspace’s claim as not found', async () => {
    const first = await desk();
    const second = await desk();
    await expect(getClaim({ workspaceId: second.workspace.id, userId: second.owner.id, claimId: first.claimId })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      takeClaimStep({
        workspaceId: second.workspace.id,
        userId: second.checker.id,
        role: 'checker',
        claimId: first.claimId,
        version: 1,
        step: { step: 'start' },
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('suggestions', () => {
  it('offers the fixture’s figures and check-worthy sentences, minus marked and dismissed ones', async () => {
    const { workspace, document, checker } = await desk('over 16,500 containers');
    const suggestions = await listSuggestions({ workspaceId: workspace.id, documentId: document.id });
    const figures = suggestions.filter((suggestion) => suggestion.kind === 'figure').map((suggestion) => suggestion.exact);
    expect(figures).toContain('$14 billion');
    expect(figures.some((figure) => figure.includes('16,500'))).toBe(false); // already marked
    const claim = suggestions.find((suggestion) => suggestion.kind === 'claim' && suggestion.exact.includes('$14 billion'));
    expect(claim).toMatchObject({ reasons: expect.arrayContaining(['figure']) });
    // Real figures first, then sentences, then bare years and small counts; each tier in text order.
    const tiers = suggestions.map((suggestion) => suggestion.tier);
    expect(tiers).toEqual([...tiers].sort());
    expect(suggestions.find((suggestion) => suggestion.exact === '$14 billion')?.tier).toBe(0);
    expect(tiers).toContain(2);

    await dismissSuggestion({
      workspaceId: workspace.id,
      userId: checker.id,
      documentId: document.id,
      kind: 'figure',
      exact: '$14 billion',
    });
    const after = await listSuggestions({ workspaceId: workspace.id, documentId: document.id });
    expect(after.filter((suggestion) => suggestion.kind === 'figure').map((suggestion) => suggestion.exact)).not.toContain('$14 billion');
    expect(after.length).toBe(suggestions.length - 1);
  });

  it('brings a dismissed suggestion back, listing who dismissed it meanwhile', async () => {
    const { workspace, document, checker, reviewer } = await desk();
    const ref = { workspaceId: workspace.id, documentId: document.id, kind: 'figure' as const, exact: '$14 billion' };
    await dismissSuggestion({ ...ref, userId: checker.id });
    expect(await listDismissedSuggestions(ref)).toMatchObject([{ kind: 'figure', exact: '$14 billion', dismissedBy: { id: checker.id } }]);
    expect(await restoreSuggestion({ ...ref, userId: reviewer.id })).toEqual({ restored: true });
    expect(await listDismissedSuggestions(ref)).toEqual([]);
    const figures = (await listSuggestions(ref)).filter((suggestion) => suggestion.kind === 'figure').map((suggestion) => suggestion.exact);
    expect(figures).toContain('$14 billion');
    // an Undo clicked twice changes nothing the second time, and records nothing
    expect(await restoreSuggestion({ ...ref, userId: reviewer.id })).toEqual({ restored: false });
    const restored = await getDb().activity.count({ where: { documentId: document.id, action: 'suggestion.restored' } });
    expect(restored).toBe(1);
  });

  it('does not list or dismiss in another workspace’s document', async () => {
    const first = await desk();
    const second = await desk();
    await expect(listSuggestions({ workspaceId: second.workspace.id, documentId: first.document.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      dismissSuggestion({
        workspaceId: second.workspace.id,
        userId: second.checker.id,
        documentId: first.document.id,
        kind: 'figure',
        exact: 'x',
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    const foreign = { workspaceId: second.workspace.id, documentId: first.document.id, kind: 'figure' as const, exact: 'x' };
    await dismissSuggestion({ ...foreign, workspaceId: first.workspace.id, userId: first.checker.id });
    await expect(restoreSuggestion({ ...foreign, userId: second.checker.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(listDismissedSuggestions(foreign)).rejects.toMatchObject({ code: 'not_found' });
    expect(await listDismissedSuggestions({ ...foreign, workspaceId: first.workspace.id })).toHaveLength(1);
  });
});

describe('sources and the document’s activity', () => {
  it('lists every claim relying on a source, only within its workspace', async () => {
    const { workspace, checker, claimId } = await desk();
    const other = await desk();
    await addEvidence({
      workspaceId: workspace.id,
      userId: checker.id,
      claimId,
      source: source('https://www.state.gov/briefing'),
      stance: 'supports',
      quote: 'over 16,500 containers',
    });
    const [sourceRow] = await getDb().source.findMany({ where: { workspaceId: workspace.id, domain: 'state.gov' } });
    const found = await getSource({ userId: checker.id, workspaceId: workspace.id, sourceId: sourceRow!.id });
    expect(found.evidence.map((evidence) => [evidence.claim.id, evidence.stance, evidence.quote])).toEqual([
      [claimId, 'supports', 'over 16,500 containers'],
    ]);
    await expect(getSource({ userId: other.checker.id, workspaceId: other.workspace.id, sourceId: sourceRow!.id })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('shows recent changes to a document, never another member’s private note', async () => {
    const { workspace, document, checker, reviewer } = await desk();
    const version = await getDb().documentVersion.findFirstOrThrow({
      where: { documentId: document.id },
      select: { id: true, plainText: true },
    });
    const start = version.plainText.indexOf('four submarines');
    await createAnnotation({
      workspaceId: workspace.id,
      userId: reviewer.id,
      documentId: document.id,
      versionId: version.id,
      start,
      end: start + 15,
      kind: 'note',
      visibility: 'private',
      tagIds: [],
    });
    const seenByChecker = await listDocumentActivity({ userId: checker.id, workspaceId: workspace.id, documentId: document.id });
    const seenByReviewer = await listDocumentActivity({ userId: reviewer.id, workspaceId: workspace.id, documentId: document.id });
    expect(seenByChecker.map((entry) => entry.action)).toEqual(['annotation.created', 'document.created']);
    expect(JSON.stringify(seenByChecker)).not.toContain('four submarines');
    expect(seenByReviewer.map((entry) => entry.action)).toEqual(['annotation.created', 'annotation.created', 'document.created']);
  });
});
