import 'server-only';
import { getDb, type DbTransaction } from '@/lib/db';
import { describeEvidence } from '@/lib/evidence/kinds';
import { placeUploadQuote } from '@/lib/evidence/upload-quote';
import type { EvidenceStance, RecordChannel } from '@/lib/generated/prisma/enums';
import { AppError, notFound } from '@/lib/errors';
import type { TAddEvidence } from '@/lib/schemas/evidence';
import type { NormalizedUrl } from '@/lib/sources/normalize-url';
import { recordActivity } from '../activity/record-activity';
import { judgedContentChange } from '../claims/judged-content-change';
import { lockClaim } from '../claims/lock-claim';
import { writeClaimChange } from '../claims/write-claim-change';
import { anchorEvidenceQuotes, latestReadableCapture } from '../sources/anchor-evidence-quotes';
import { wakeLinkChecks } from '../sources/link-check-scheduler';

type Selection = { quoteStart?: number; quoteEnd?: number };

/** What the evidence is, by kind (web when no kind is named). */
export type NewEvidence =
  | { kind?: 'web'; source: NormalizedUrl }
  | ({ kind: 'document'; uploadId: string; title?: string | null } & Selection)
  | {
      kind: 'record';
      person: string;
      role?: string | null;
      /** the day, YYYY-MM-DD */
      date: string;
      channel: RecordChannel;
      notes?: string | null;
      contact?: string | null;
    }
  | ({ kind: 'dataset'; source?: NormalizedUrl; uploadId?: string; title?: string | null } & Selection);

/** The parsed input of the action and the REST API as addEvidence takes it. */
export function newEvidenceFrom(input: TAddEvidence): NewEvidence {
  switch (input.kind) {
    case 'web':
      return { kind: 'web', source: input.url };
    case 'dataset':
      return { ...input, source: input.url };
    default:
      return input;
  }
}

/** The workspace's one Source for that page (found again by its normalised form), due for capture at once when new. */
async function sourceFor(
  tx: DbTransaction,
  { workspaceId, userId, source }: { workspaceId: string; userId: string; source: NormalizedUrl },
) {
  return tx.source.upsert({
    where: { workspaceId_normalizedUrl: { workspaceId, normalizedUrl: source.normalizedUrl } },
    create: { workspaceId, ...source, addedById: userId, nextCheckAt: new Date() },
    update: {},
    select: { id: true, url: true, title: true },
  });
}

/**
 * Ties evidence to a claim with its stance and the passage it relies on. A web page (or a
 * dataset's address) becomes the workspace's Source for it, and its quote is placed in Margin's
 * latest capture (a new source is captured at once by the link-health job, which places it
 * then). An upload's quote is the selection made in its text (offsets), or a typed quote found in
 * it. A record keeps who, their role, when, how and the notes; its contact details stay in the
 * workspace (never exported, never in the activity). Evidence is part of what a verdict judges:
 * refused once the claim is reviewed; while a verdict awaits review, only with `sendBack`, which
 * sends the claim back to in progress (judgedContentChange).
 */
export async function addEvidence(
  args: {
    workspaceId: string;
    userId: string;
    claimId: string;
    stance: EvidenceStance;
    quote: string | null;
    sendBack?: boolean;
  } & NewEvidence,
) {
  const { workspaceId, userId, claimId, stance } = args;
  const evidence = await getDb().$transaction(async (tx) => {
    const claim = await lockClaim(tx, { workspaceId, claimId });
    const sentBack = await judgedContentChange(tx, claim, { workspaceId, change: 'evidence_added', sendBack: args.sendBack });
    const kind = args.kind ?? 'web';
    const source = 'source' in args && args.source ? await sourceFor(tx, { workspaceId, userId, source: args.source }) : null;
    if (source) {
      const existing = await tx.evidence.findUnique({
        where: { claimId_sourceId: { claimId, sourceId: source.id } },
        select: { id: true },
      });
      if (existing)
        throw new AppError('conflict', 'This source is already evidence for this claim. Remove it first to change its stance or quote.');
    }
    let placed = { quote: args.quote, start: null as number | null, end: null as number | null };
    let upload: { id: string; fileName: string } | null = null;
    if ('uploadId' in args && args.uploadId) {
      const found = await tx.evidenceUpload.findFirst({
        where: { id: args.uploadId, workspaceId },
        select: { id: true, fileName: true, text: true },
      });
      if (!found) throw notFound('This file');
      const existing = await tx.evidence.findUnique({ where: { claimId_uploadId: { claimId, uploadId: found.id } }, select: { id: true } });
      if (existing)
        throw new AppError('conflict', 'This file is already evidence for this claim. Remove it first to change its stance or quote.');
      const result = placeUploadQuote(found.text, { quote: args.quote, start: args.quoteStart, end: args.quoteEnd });
      if ('error' in result) throw new AppError('invalid', result.error, { quote: [result.error] });
      placed = result;
      upload = found;
    }
    const record =
      args.kind === 'record'
        ? {
            recordPerson: args.person,
            recordRole: args.role ?? null,
            recordDate: new Date(`${args.date}T00:00:00Z`),
            recordChannel: args.channel,
            recordNotes: args.notes ?? null,
            recordContact: args.contact ?? null,
          }
        : {};
    const title = 'title' in args ? (args.title ?? null) : null;
    const created = await tx.evidence.create({
      data: {
        kind,
        claimId,
        sourceId: source?.id ?? null,
        uploadId: upload?.id ?? null,
        stance,
        quote: placed.quote,
        quoteStart: placed.start,
        quoteEnd: placed.end,
        title,
        ...record,
        addedById: userId,
      },
      select: { id: true },
    });
    if (source && placed.quote) {
      const capture = await latestReadableCapture(tx, source.id);
      if (capture)
        await anchorEvidenceQuotes(tx, { sourceId: source.id, capture: { id: capture.id, text: capture.text! }, evidenceId: created.id });
    }
    const description = describeEvidence({
      kind,
      title,
      source,
      upload,
      recordPerson: record.recordPerson ?? null,
      recordRole: record.recordRole ?? null,
      recordDate: record.recordDate ?? null,
      recordChannel: record.recordChannel ?? null,
    });
    await recordActivity(tx, {
      workspaceId,
      actorId: userId,
      action: 'evidence.added',
      entityType: 'Evidence',
      entityId: created.id,
      documentId: claim.annotation.documentId,
      claimId,
      after: kind === 'web' ? { url: source!.url, stance, quote: placed.quote } : { kind, description, stance, quote: placed.quote },
    });
    if (sentBack) await writeClaimChange(tx, claim, { workspaceId, userId }, [sentBack]);
    return { ...created, hasSource: source !== null };
  });
  if (evidence.hasSource) wakeLinkChecks();
  return { id: evidence.id };
}

/** Adds the evidence a request describes (the form's action and POST /api/v1/claims/{id}/evidence). */
export const addEvidenceFromInput = ({ workspaceId, userId, input }: { workspaceId: string; userId: string; input: TAddEvidence }) =>
  addEvidence({
    workspaceId,
    userId,
    claimId: input.claimId,
    stance: input.stance,
    quote: input.quote,
    sendBack: input.sendBack,
    ...newEvidenceFrom(input),
  });
