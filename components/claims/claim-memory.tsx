'use client';

import Link from 'next/link';
import { linkSameClaimAction, unlinkClaimAction } from '@/lib/actions/claims';
import { addEvidenceAction } from '@/lib/actions/evidence';
import { STATUS_LABELS, VERDICT_LABELS } from '@/lib/claims/labels';
import { claimKey, memoryKey, type ClaimMemoryView, type ClaimView } from '@/components/data/entity-keys';
import { ReadFailed } from '@/components/data/read-failed';
import { useEntity } from '@/components/data/use-entity';
import { useMutation } from '@/components/forms/use-mutation';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { claimChange } from './claim-change';

const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });

type Other = Pick<ClaimMemoryView['matches'][number], 'id' | 'statement' | 'status' | 'verdict' | 'date' | 'annotationId' | 'document'>;

function OtherClaim({ other, children }: { other: Other; children?: React.ReactNode }) {
  const { slug: workspace } = useWorkspace();
  return (
    <>
      <p>“{other.statement}”</p>
      <p className="text-xs text-muted">
        <span data-testid="memory-verdict">
          {other.verdict
            ? other.status === 'reviewed'
              ? VERDICT_LABELS[other.verdict]
              : `Proposed: ${VERDICT_LABELS[other.verdict]}`
            : STATUS_LABELS[other.status]}
        </span>
        {' · '}
        {day.format(new Date(other.date))}
        {' · '}
        <Link
          className="underline"
          href={`/w/${workspace}/documents/${other.document.id}?annotation=${encodeURIComponent(other.annotationId)}`}
        >
          {other.document.title}
        </Link>
      </p>
      {children}
    </>
  );
}

/**
 * "Seen before" (issue 22): the claims of other documents that say what this one says, with their
 * status, verdict, date and a link, best match first; a checker links one as "the same claim",
 * and then sees its verdict and evidence here (and it sees this one's). Fact checks published
 * elsewhere (the workspace's ClaimReview library) that match: who checked it, when, the rating,
 * and "Add as evidence" in one step.
 */
export function ClaimMemory({ claim }: { claim: ClaimView }) {
  const { slug: workspace, can } = useWorkspace();
  const { data, error, retry } = useEntity(memoryKey(workspace, claim.id));
  const link = useMutation(linkSameClaimAction, claimChange(workspace, claim.id, { memory: true }));
  const unlink = useMutation(unlinkClaimAction, claimChange(workspace, claim.id, { memory: true }));
  const addEvidence = useMutation(addEvidenceAction, { reads: () => [claimKey(workspace, claim.id)] });
  if (error) return <ReadFailed error={error} retry={retry} />;
  if (!data) return null;
  const canLink = can('claim.verify');
  const pending = link.pending || unlink.pending || addEvidence.pending;
  const cited = new Set(claim.evidence.map((evidence) => evidence.source?.url));
  if (data.linked.length + data.matches.length + data.published.length === 0) {
    return (
      <p className="text-xs text-muted" data-testid="claim-memory">
        Not seen before: no claim of another document, nor a published fact check, says this.
      </p>
    );
  }
  return (
    <div className="space-y-3" data-testid="claim-memory">
      {data.linked.length > 0 && (
        <div>
          <div className="flex items-center justify-between gap-2">
            <h4 className="text-xs font-semibold uppercase tracking-wide text-muted">The same claim elsewhere</h4>
            <Link className="text-xs text-muted underline" href={`/w/${workspace}/claims?group=${encodeURIComponent(data.groupId ?? '')}`}>
              On the board
            </Link>
            {canLink && (
              <button
                type="button"
                className="text-xs text-muted underline"
                disabled={pending}
                onClick={() => void unlink.run({ workspace, claimId: claim.id, version: claim.version })}
              >
                Unlink this claim
              </button>
            )}
          </div>
          <ul className="mt-1 space-y-2" data-testid="claim-linked">
            {data.linked.map((member) => (
              <li key={member.id} className="rounded border border-rule p-2">
                <OtherClaim other={member}>
                  {member.rationale && <p className="mt-1 whitespace-pre-wrap text-xs">{member.rationale}</p>}
                  {member.evidence.length > 0 && (
                    <ul className="mt-1 list-disc pl-4 text-xs">
                      {member.evidence.map((evidence) => (
                        <li key={evidence.id}>
                          {evidence.source ? (
                            <a className="underline" href={evidence.source.url} rel="noreferrer noopener" target="_blank">
                              {evidence.source.title ?? evidence.source.domain}
                            </a>
                          ) : (
                            (evidence.title ?? evidence.upload?.fileName ?? evidence.kind)
                          )}{' '}
                          ({evidence.stance}){evidence.quote && <>: “{evidence.quote}”</>}
                        </li>
                      ))}
                    </ul>
                  )}
                </OtherClaim>
              </li>
            ))}
          </ul>
        </div>
      )}
      {data.matches.length > 0 && (
        <div>
          <h4 className="text-xs font-semibold uppercase tracking-wide text-muted">Seen before</h4>
          <ul className="mt-1 space-y-2" data-testid="claim-matches">
            {data.matches.map((match) => (
              <li key={match.id} className="rounded border border-rule p-2" data-testid="claim-match">
                <OtherClaim other={match}>
                  {canLink && (
                    <Button
                      variant="secondary"
                      className="mt-1 px-2 py-1 text-xs"
                      disabled={pending}
                      onClick={() => void link.run({ workspace, claimId: claim.id, version: claim.version, otherClaimId: match.id })}
                    >
                      The same claim
                    </Button>
                  )}
                </OtherClaim>
              </li>
            ))}
          </ul>
        </div>
      )}
      {data.published.length > 0 && (
        <div>
          <h4 className="text-xs font-semibold uppercase tracking-wide text-muted">Published fact checks</h4>
          <ul className="mt-1 space-y-2" data-testid="published-matches">
            {data.published.map((check) => (
              <li key={check.id} className="rounded border border-rule p-2" data-testid="published-match">
                <p>“{check.statement}”</p>
                <p className="text-xs text-muted">
                  <a className="underline" href={check.url} rel="noreferrer noopener" target="_blank">
                    Checked by {check.publisher ?? new URL(check.url).hostname}
                    {check.date && ` on ${day.format(new Date(check.date))}`}
                    {check.rating && `: ${check.rating}`}
                  </a>
                </p>
                {canLink &&
                  (cited.has(check.url) ? (
                    <p className="mt-1 text-xs text-muted">In this claim’s evidence</p>
                  ) : (
                    <Button
                      variant="secondary"
                      className="mt-1 px-2 py-1 text-xs"
                      disabled={pending}
                      onClick={() =>
                        void addEvidence.run({
                          workspace,
                          claimId: claim.id,
                          kind: 'web',
                          url: check.url,
                          stance: 'context',
                          quote: check.statement,
                        })
                      }
                    >
                      Add as evidence
                    </Button>
                  ))}
              </li>
            ))}
          </ul>
        </div>
      )}
      {(link.error ?? unlink.error ?? addEvidence.error) && <Alert>{link.error ?? unlink.error ?? addEvidence.error}</Alert>}
    </div>
  );
}
