// Settings → Publishing and the ClaimReview export it feeds: the action called as each role
// (auth mocked, PostgreSQL real), its validation messages and versions, and the export's output
// against Google's ClaimReview fields, script-safe even for a statement holding </script><!--.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/w/[workspace]/exports/route';
import { getDb } from '@/lib/db';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { createDocument } from '@/lib/server/documents/create-document';
import { getPublishingProfile } from '@/lib/server/publishing/get-publishing-profile';
import { addMember, makeUser, makeWorkspace } from './support/factories';
import { actAs } from './support/session';

vi.mock('@/auth', async () => (await import('./support/session')).mockedAuthModule());
vi.mock('next/cache', () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ origin: 'http://localhost:3000' }) }));

let actions: typeof import('@/lib/actions/publishing');
beforeAll(async () => {
  actions = await import('@/lib/actions/publishing');
});

const STATEMENT = 'He wrote </script><script>alert(1)</script><!-- & left.';

const FORM = {
  organizationName: 'Desk Fact Check',
  organizationUrl: 'https://factcheck.example.org',
  logoUrl: '',
  claimUrlPattern: 'https://factcheck.example.org/{document_slug}/{claim}',
  bestRating: '5',
  worstRating: '1',
  rating_verified: '5',
  name_verified: 'True',
  rating_false: '1',
  name_false: 'False',
  rating_misleading: '2',
  name_misleading: 'Misleading',
  rating_unverifiable: '',
  name_unverifiable: 'Unproven',
};

async function desk() {
  const [owner, editor, checker, stranger] = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser()]);
  const workspace = await makeWorkspace(owner!.id);
  await addMember(workspace.id, editor!.id, 'editor');
  await addMember(workspace.id, checker!.id, 'checker');
  const text = `Intro. ${STATEMENT}`;
  const document = await createDocument({
    workspaceId: workspace.id,
    userId: owner!.id,
    title: 'Speech & reply',
    blocks: [{ type: 'paragraph', text }],
    origin: 'paste',
  });
  const db = getDb();
  await db.document.update({
    where: { id: document.id },
    data: { originUrl: 'https://news.example.com/speech', byline: 'Jane Reporter', publishedAt: new Date('2026-10-01T00:00:00Z') },
  });
  const version = await db.documentVersion.findFirstOrThrow({ where: { documentId: document.id }, select: { id: true } });
  const annotation = await createAnnotation({
    workspaceId: workspace.id,
    userId: owner!.id,
    documentId: document.id,
    versionId: version.id,
    start: text.indexOf(STATEMENT),
    end: text.length,
    kind: 'claim',
    visibility: 'shared',
    tagIds: [],
  });
  const claimId = annotation.claim!.id;
  await db.claim.update({
    where: { id: claimId },
    data: { status: 'reviewed', verdict: 'unverifiable', reviewedById: owner!.id, reviewedAt: new Date('2026-11-21T09:30:00Z') },
  });
  return { owner: owner!, editor: editor!, checker: checker!, stranger: stranger!, workspace, document, claimId };
}
type Desk = Awaited<ReturnType<typeof desk>>;

async function save(userId: string, d: Desk, input: Record<string, string>) {
  actAs(userId);
  try {
    return await actions.savePublishingProfileAction({ workspace: d.workspace.slug, version: '0', ...FORM, ...input });
  } finally {
    actAs(null);
  }
}

async function exportReviews(d: Desk) {
  actAs(d.checker.id);
  try {
    const response = await GET(new Request(`http://localhost:3000/api/w/${d.workspace.slug}/exports?format=claimreview`), {
      params: Promise.resolve({ workspace: d.workspace.slug }),
    });
    return { status: response.status, text: await response.text() };
  } finally {
    actAs(null);
  }
}

describe('publishing profile', () => {
  it('is saved by owners and editors, versioned, and refused to checkers and strangers', async () => {
    const d = await desk();
    expect(await save(d.checker.id, d, {})).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await save(d.stranger.id, d, {})).toMatchObject({ ok: false, code: 'not_found' });
    expect(await getPublishingProfile(d.workspace.id)).toBeNull();

    expect(await save(d.editor.id, d, {})).toEqual({ ok: true, data: { version: 1 } });
    // A second first save (version 0) lost the race: stale, nothing changed.
    expect(await save(d.owner.id, d, { organizationName: 'Other' })).toMatchObject({ ok: false, code: 'stale' });
    expect(await save(d.owner.id, d, { version: '1', organizationName: 'Desk Checks' })).toEqual({ ok: true, data: { version: 2 } });
    const stored = await getPublishingProfile(d.workspace.id);
    expect(stored).toEqual({
      version: 2,
      profile: {
        organizationName: 'Desk Checks',
        organizationUrl: 'https://factcheck.example.org',
        logoUrl: null,
        claimUrlPattern: 'https://factcheck.example.org/{document_slug}/{claim}',
        ratings: {
          bestRating: 5,
          worstRating: 1,
          verdicts: {
            verified: { ratingValue: 5, alternateName: 'True' },
            false: { ratingValue: 1, alternateName: 'False' },
            misleading: { ratingValue: 2, alternateName: 'Misleading' },
            unverifiable: { ratingValue: null, alternateName: 'Unproven' },
          },
        },
      },
    });
    const activity = await getDb().activity.findMany({ where: { workspaceId: d.workspace.id, action: 'workspace.publishing_changed' } });
    expect(activity.map((row) => row.actorId)).toEqual(expect.arrayContaining([d.editor.id, d.owner.id]));
    expect(activity).toHaveLength(2);
  });

  it('names each field that cannot be used', async () => {
    const d = await desk();
    const result = await save(d.owner.id, d, {
      organizationName: ' ',
      organizationUrl: 'factcheck.example.org',
      logoUrl: 'javascript:alert(1)',
      claimUrlPattern: 'https://factcheck.example.org/{doc}',
      rating_misleading: '9',
      name_false: '',
      rating_verified: 'five',
    });
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    if (result.ok) return;
    expect(result.fieldErrors).toMatchObject({
      organizationName: [expect.stringContaining('Set the organisation name')],
      organizationUrl: ['Give a full web address starting with https:// (or http://).'],
      logoUrl: ['Give a full web address starting with https:// (or http://).'],
      claimUrlPattern: ['Unknown placeholder {doc}: use {document}, {document_slug}, {claim}.'],
      name_false: ['Name this verdict as readers will see it.'],
      rating_verified: ['Give a whole number.'],
    });
    const scale = await save(d.owner.id, d, { bestRating: '1', worstRating: '5' });
    expect(scale).toMatchObject({ ok: false, fieldErrors: { worstRating: ['The worst rating must be lower than the best.'] } });
    const outOfScale = await save(d.owner.id, d, { rating_misleading: '9' });
    expect(outOfScale).toMatchObject({ ok: false, fieldErrors: { rating_misleading: ['Give a number from 1 to 5, or leave it blank.'] } });
    const noPlaceholder = await save(d.owner.id, d, { claimUrlPattern: 'https://factcheck.example.org/all' });
    expect(noPlaceholder).toMatchObject({
      ok: false,
      fieldErrors: { claimUrlPattern: [expect.stringContaining('at least one placeholder')] },
    });
    expect(await save(d.owner.id, d, { organizationName: 'x'.repeat(121) })).toMatchObject({ ok: false, code: 'invalid' });
    expect(await getPublishingProfile(d.workspace.id)).toBeNull();
  });
});

describe('ClaimReview export with a publishing profile', () => {
  it('is refused with the list of what is missing until the profile is set', async () => {
    const d = await desk();
    const refused = await exportReviews(d);
    expect(refused.status).toBe(422);
    expect(JSON.parse(refused.text)).toMatchObject({
      code: 'invalid',
      missing: [
        expect.stringContaining('Set the organisation name in Settings → Publishing'),
        expect.stringContaining('web address'),
        'Set the public fact-check URL pattern in Settings → Publishing: 1 claim has no public URL.',
      ],
      settingsUrl: `/w/${d.workspace.slug}/settings#publishing`,
    });
  });

  it('publishes as the organisation, at the public address, on the workspace’s scale, script-safe', async () => {
    const d = await desk();
    await save(d.owner.id, d, { logoUrl: 'https://factcheck.example.org/logo.png' });
    const { status, text } = await exportReviews(d);
    expect(status).toBe(200);
    expect(text).not.toMatch(/[<>&]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(text).toContain('\\u003c!--');
    const [review, ...rest] = JSON.parse(text);
    expect(rest).toHaveLength(0);
    expect(review).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `https://factcheck.example.org/speech-reply/${d.claimId}`,
      claimReviewed: STATEMENT,
      datePublished: '2026-11-21',
      author: {
        '@type': 'Organization',
        name: 'Desk Fact Check',
        url: 'https://factcheck.example.org',
        logo: { '@type': 'ImageObject', url: 'https://factcheck.example.org/logo.png' },
      },
      reviewRating: { '@type': 'Rating', alternateName: 'Unproven' },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Jane Reporter' },
        datePublished: '2026-10-01',
        appearance: {
          '@type': 'CreativeWork',
          url: 'https://news.example.com/speech',
          headline: 'Speech & reply',
          author: { '@type': 'Person', name: 'Jane Reporter' },
          datePublished: '2026-10-01',
        },
      },
    });
    // Google's required fields, each present and non-empty
    for (const field of ['claimReviewed', 'reviewRating', 'url', 'author', 'itemReviewed']) expect(review[field]).toBeTruthy();
    expect(review.reviewRating.alternateName).toBeTruthy();
    expect(review.author.name).toBeTruthy();
  });
});
