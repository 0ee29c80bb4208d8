// A claim shows and exports its words in the document's latest version, naming that version,
// from one source (lib/server/annotations/latest-places.ts): the board, the document page and
// every export format agree after the text changed; an orphaned claim is flagged everywhere,
// and re-attaching it is in the claim's history.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import type { ExportContext, ExportFormat } from '@/lib/export/types';
import { parseW3cAnnotations } from '@/lib/export/w3c';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { listAnnotations } from '@/lib/server/annotations/list-annotations';
import { reattachAnnotation } from '@/lib/server/annotations/reattach-annotation';
import { getClaim } from '@/lib/server/claims/get-claim';
import { listClaims } from '@/lib/server/claims/list-claims';
import { createDocument } from '@/lib/server/documents/create-document';
import { createVersion } from '@/lib/server/documents/create-version';
import { exportChunks } from '@/lib/server/exports/stream-export';
import { makeUser, makeWorkspace } from './support/factories';

const FIRST = [
  'North Korea has shipped over 16,500 containers of munitions to Russia since September.',
  'South Korea secured a record $14 billion deal with Poland in 2022.',
];
const SECOND = [
  'Editor’s note: this analysis was corrected.',
  'North Korea has shipped over 16,800 containers of munitions to Russia since September.',
  'South Korea became a major supplier of European arms.',
];

async function correctedArticle() {
  const owner = await makeUser();
  const workspace = await makeWorkspace(owner.id);
  const document = await createDocument({
    workspaceId: workspace.id,
    userId: owner.id,
    title: 'Munitions',
    blocks: FIRST.map((text) => ({ type: 'paragraph' as const, text })),
    origin: 'paste',
  });
  const version = await getDb().documentVersion.findFirstOrThrow({
    where: { documentId: document.id },
    select: { id: true, plainText: true },
  });
  const mark = async (quote: string) => {
    const start = version.plainText.indexOf(quote);
    const annotation = await createAnnotation({
      workspaceId: workspace.id,
      userId: owner.id,
      documentId: document.id,
      versionId: version.id,
      start,
      end: start + quote.length,
      kind: 'figure',
      visibility: 'shared',
      tagIds: [],
    });
    return { annotationId: annotation.id, claimId: annotation.claim!.id };
  };
  const figure = await mark('over 16,500 containers of munitions');
  const deal = await mark('a record $14 billion deal with Poland');
  // An edit in the editor, which maps the figure onto its corrected words; the deal's are gone.
  const nextText = SECOND.join('\n\n');
  const corrected = nextText.indexOf('over 16,800 containers of munitions');
  const next = await createVersion({
    workspaceId: workspace.id,
    userId: owner.id,
    documentId: document.id,
    origin: 'edit',
    blocks: SECOND.map((text) => ({ type: 'paragraph' as const, text })),
    mappedAnchors: [
      { annotationId: figure.annotationId, start: corrected, end: corrected + 'over 16,800 containers of munitions'.length },
      { annotationId: deal.annotationId, start: null, end: null },
    ],
  });
  return { owner, workspace, document, figure, deal, next };
}

const context = (slug: string): ExportContext => ({
  workspace: { name: 'Desk', slug, url: `http://margin.test/w/${slug}` },
  document: null,
  exportedAt: new Date().toISOString(),
  exportUrl: `http://margin.test/api/w/${slug}/exports`,
  filterSummary: 'all claims',
});

async function exported(format: ExportFormat, scope: { userId: string; workspaceId: string; workspaceSlug: string }) {
  let text = '';
  for await (const chunk of exportChunks(format, { ...scope, baseUrl: 'http://margin.test' }, {}, context(scope.workspaceSlug)))
    text += chunk;
  return text;
}

describe('a claim’s words after the text changed', () => {
  it('are the latest version’s, named, on the board, the document page and in every export; an orphan is flagged in each', async () => {
    const { owner, workspace, document, figure, deal, next } = await correctedArticle();
    const newWords = 'over 16,800 containers of munitions';
    const scope = { userId: owner.id, workspaceId: workspace.id, workspaceSlug: workspace.slug };

    const board = await listClaims(scope, {});
    expect(board.rows.find((row) => row.id === figure.claimId)).toMatchObject({ quote: newWords, orphaned: false });
    expect(board.rows.find((row) => row.id === deal.claimId)).toMatchObject({ orphaned: true });
    expect((await listClaims(scope, { place: 'orphaned' })).rows.map((row) => row.id)).toEqual([deal.claimId]);
    expect((await listClaims(scope, { place: 'anchored' })).rows.map((row) => row.id)).toEqual([figure.claimId]);

    const onPage = await listAnnotations({ userId: owner.id, workspaceId: workspace.id, documentId: document.id, versionId: next.id });
    expect(onPage.find((annotation) => annotation.id === figure.annotationId)?.exact).toBe(newWords);

    const json = JSON.parse(await exported('json', scope)) as { id: string; annotation: Record<string, unknown> }[];
    const jsonFigure = json.find((claim) => claim.id === figure.claimId)!.annotation;
    expect(jsonFigure).toMatchObject({ exact: newWords, version: 2, versionId: next.id, orphaned: false });
    expect(json.find((claim) => claim.id === deal.claimId)!.annotation).toMatchObject({
      version: 2,
      orphaned: true,
      start: null,
      end: null,
    });

    const csv = parse(await exported('csv', scope), { bom: true, columns: true }) as Record<string, string>[];
    expect(csv.find((row) => row['Claim id'] === figure.claimId)).toMatchObject({ Quote: newWords, 'Place in the text': 'version 2' });
    expect(csv.find((row) => row['Claim id'] === deal.claimId)).toMatchObject({ 'Place in the text': 'orphaned in version 2' });

    const markdown = await exported('markdown', scope);
    expect(markdown).toContain(`Quoted in the text (version 2):\n\n> ${newWords}`);
    expect(markdown).toContain('**Orphaned:** these words are no longer in the text (version 2)');
    // (The statement keeps the team's wording — "over 16,500…" — until someone rewords it.)
    expect(markdown).not.toContain('> over 16,500 containers');

    const w3c = await exported('w3c', scope);
    const parsed = parseW3cAnnotations(JSON.parse(w3c));
    expect(
      parsed.ok &&
        parsed.annotations.flatMap((item) => item.selectors).some((selector) => 'exact' in selector && selector.exact === newWords),
    ).toBe(true);
    expect(w3c).not.toContain('"exact":"over 16,500 containers');
  });

  it('re-attaching an orphaned claim is in its history, from the words it had to the words it has', async () => {
    const { owner, workspace, deal, next } = await correctedArticle();
    const text = (await getDb().documentVersion.findUniqueOrThrow({ where: { id: next.id } })).plainText;
    const start = text.indexOf('a major supplier of European arms');
    await reattachAnnotation({
      workspaceId: workspace.id,
      userId: owner.id,
      annotationId: deal.annotationId,
      versionId: next.id,
      start,
      end: start + 33,
    });
    const claim = await getClaim({ workspaceId: workspace.id, userId: owner.id, claimId: deal.claimId });
    expect(claim.activities.find((entry) => entry.action === 'annotation.reattached')).toMatchObject({
      before: { state: 'orphaned', start: null, quote: 'a record $14 billion deal with Poland' },
      after: { start, end: start + 33, quote: 'a major supplier of European arms' },
    });
    const board = await listClaims({ userId: owner.id, workspaceId: workspace.id }, { place: 'orphaned' });
    expect(board.rows).toHaveLength(0);
  });
});
