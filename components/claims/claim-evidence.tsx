'use client';

import { useId, useState } from 'react';
import { addEvidenceAction, removeEvidenceAction } from '@/lib/actions/evidence';
import { EvidenceQuoteStatus } from '@/components/sources/evidence-quote-status';
import { LinkStatusBadge } from '@/components/sources/link-status-badge';
import { canChangeJudgedContent } from '@/lib/claims/judged-content';
import { STANCE_LABELS } from '@/lib/claims/labels';
import { EVIDENCE_STANCES } from '@/lib/schemas/claims';
import { claimKey, type ClaimView } from '@/components/data/entity-keys';
import { useMutation } from '@/components/forms/use-mutation';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { TextArea } from '@/components/ui/text-area';
import { useWorkspace } from '@/components/workspace/workspace-context';

const STANCE_OPTIONS = EVIDENCE_STANCES.map((stance) => ({ value: stance, label: STANCE_LABELS[stance] }));
const STANCE_COLORS = { supports: 'text-emerald-700', contradicts: 'text-danger', context: 'text-muted' } as const;

/** The sources a claim rests on, each with its stance and the passage quoted from it. */
export function ClaimEvidence({ claim }: { claim: ClaimView }) {
  const { slug: workspace, can } = useWorkspace();
  // A reviewed claim's evidence is locked (reopen it first); a change to one awaiting review sends
  // it back to in progress, which the buttons say before (lib/claims/judged-content).
  const lock = canChangeJudgedContent(claim.status);
  const canEdit = can('claim.verify') && lock !== 'locked';
  const sendBack = lock === 'sends_back';
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<string | null>(null);
  // Evidence is not the claim: after a change the claim (with its evidence) is read again.
  const reads = () => [claimKey(workspace, claim.id)];
  const add = useMutation(addEvidenceAction, { reads, onSuccess: () => setAdding(false) });
  const remove = useMutation(removeEvidenceAction, { reads, onSuccess: () => setRemoving(null) });
  const pending = add.pending || remove.pending;
  const error = add.error ?? remove.error;
  const citedListId = useId();
  const cited = claim.annotation.document.sources.map(({ source }) => source);

  return (
    <div className="space-y-2">
      <h4 className="text-xs font-semibold uppercase tracking-wide text-muted">Evidence</h4>
      {claim.evidence.length === 0 && <p className="text-muted">No sources yet.</p>}
      <ul className="space-y-2" aria-label="Evidence">
        {claim.evidence.map((evidence) => (
          <li key={evidence.id} className="rounded-md border border-rule p-2">
            <div className="flex items-start justify-between gap-2">
              <div className="min-w-0">
                <span className={`mr-2 text-xs font-semibold ${STANCE_COLORS[evidence.stance]}`}>{STANCE_LABELS[evidence.stance]}</span>
                <a
                  href={evidence.source.url}
                  target="_blank"
                  rel="noopener noreferrer nofollow"
                  className="[overflow-wrap:anywhere] text-accent-strong underline"
                >
                  {evidence.source.title ?? evidence.source.domain}
                </a>
              </div>
              {canEdit && removing !== evidence.id && (
                <Button
                  variant="ghost"
                  className="px-2 py-0.5 text-xs"
                  disabled={pending}
                  aria-label={`Remove ${evidence.source.domain}`}
                  onClick={() =>
                    sendBack ? setRemoving(evidence.id) : void remove.run({ workspace, evidenceId: evidence.id, version: evidence.version })
                  }
                >
                  Remove
                </Button>
              )}
              {canEdit && sendBack && removing === evidence.id && (
                <span className="flex shrink-0 gap-1">
                  <Button
                    variant="secondary"
                    className="px-2 py-0.5 text-xs"
                    disabled={pending}
                    onClick={() => void remove.run({ workspace, evidenceId: evidence.id, version: evidence.version, sendBack: true })}
                  >
                    Remove and send back to in progress
                  </Button>
                  <Button variant="ghost" className="px-2 py-0.5 text-xs" onClick={() => setRemoving(null)}>
                    Keep it
                  </Button>
                </span>
              )}
            </div>
            <a href={`/w/${workspace}/sources/${evidence.source.id}`} className="text-xs text-muted underline underline-offset-2">
              Every claim relying on this source
            </a>
            {(evidence.source.linkStatus === 'changed' || evidence.source.linkStatus === 'gone') && (
              <p className="mt-1 flex items-center gap-1 text-xs">
                <LinkStatusBadge status={evidence.source.linkStatus} />
                <span className="text-muted">
                  {evidence.source.linkStatus === 'gone' ? 'The page no longer answers.' : 'The page’s text changed since it was captured.'}
                </span>
              </p>
            )}
            {evidence.quote && <blockquote className="mt-1 border-l-2 border-rule pl-2 font-reading italic">{evidence.quote}</blockquote>}
            <EvidenceQuoteStatus sourceId={evidence.source.id} evidence={evidence} />
          </li>
        ))}
      </ul>
      {error && <Alert>{error}</Alert>}
      {canEdit && !adding && (
        <Button variant="secondary" onClick={() => setAdding(true)}>
          Add a source…
        </Button>
      )}
      {canEdit && adding && (
        <form
          className="space-y-2 rounded-md border border-rule p-3"
          onSubmit={(event) => {
            event.preventDefault();
            const form = new FormData(event.currentTarget);
            void add.run({
              workspace,
              claimId: claim.id,
              url: String(form.get('url') ?? ''),
              stance: String(form.get('stance') ?? ''),
              quote: String(form.get('quote') ?? ''),
              sendBack,
            });
          }}
        >
          <Field
            label="Source address"
            name="url"
            type="url"
            required
            placeholder="https://"
            list={citedListId}
            hint={cited.length ? 'The article’s own citations are offered first.' : undefined}
          />
          <datalist id={citedListId}>
            {cited.map((source) => (
              <option key={source.url} value={source.url}>
                {source.domain}
              </option>
            ))}
          </datalist>
          <SelectField label="Stance" name="stance" options={STANCE_OPTIONS} defaultValue="supports" />
          <TextArea
            label="Quote from the source"
            name="quote"
            rows={3}
            hint="The passage that supports, contradicts or frames the claim."
          />
          <div className="flex gap-2">
            <Button type="submit" disabled={pending}>
              {sendBack ? 'Add source and send back to in progress' : 'Add source'}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setAdding(false)}>
              Cancel
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
