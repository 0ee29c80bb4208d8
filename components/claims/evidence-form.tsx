'use client';

import { useId, useState } from 'react';
import { addEvidenceAction } from '@/lib/actions/evidence';
import { STANCE_LABELS } from '@/lib/claims/labels';
import { EVIDENCE_KIND_LABELS, EVIDENCE_KINDS, RECORD_CHANNEL_LABELS, RECORD_CHANNELS } from '@/lib/evidence/kinds';
import type { EvidenceKind } from '@/lib/generated/prisma/enums';
import { EVIDENCE_STANCES } from '@/lib/claims/evidence-stances';
import { claimKey, type ClaimView } from '@/components/data/entity-keys';
import { useMutation } from '@/components/forms/use-mutation';
import { TextQuotePicker, type PickedQuote } from '@/components/sources/text-quote-picker';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { TextArea } from '@/components/ui/text-area';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { EvidenceFileField, type UploadedEvidenceFile } from './evidence-file-field';

const KIND_OPTIONS = EVIDENCE_KINDS.map((kind) => ({ value: kind, label: EVIDENCE_KIND_LABELS[kind] }));
const STANCE_OPTIONS = EVIDENCE_STANCES.map((stance) => ({ value: stance, label: STANCE_LABELS[stance] }));
const CHANNEL_OPTIONS = RECORD_CHANNELS.map((channel) => ({ value: channel, label: RECORD_CHANNEL_LABELS[channel] }));

const text = (form: FormData, name: string) => String(form.get(name) ?? '');

/**
 * Adding evidence of any kind: a kind chooser and the fields that kind needs. Every field stays
 * mounted (hidden when its kind is not chosen), so what the person typed survives a refusal and a
 * change of kind; only the chosen kind's fields are sent.
 */
export function EvidenceForm({
  claim,
  sendBack,
  onDone,
}: {
  claim: ClaimView;
  /** the claim's verdict awaits review: adding evidence sends it back to in progress (said on the button) */
  sendBack: boolean;
  onDone: () => void;
}) {
  const { slug: workspace } = useWorkspace();
  const [kind, setKind] = useState<EvidenceKind>('web');
  const [datasetBy, setDatasetBy] = useState<'url' | 'file'>('url');
  const [uploaded, setUploaded] = useState<UploadedEvidenceFile | null>(null);
  const [picked, setPicked] = useState<PickedQuote | null>(null);
  const [quote, setQuote] = useState('');
  const add = useMutation(addEvidenceAction, { reads: () => [claimKey(workspace, claim.id)], onSuccess: onDone });
  const errors = add.fieldErrors ?? {};
  const citedListId = useId();
  const cited = claim.annotation.document.sources.map(({ source }) => source);
  const usesUrl = kind === 'web' || (kind === 'dataset' && datasetBy === 'url');
  const usesFile = kind === 'document' || (kind === 'dataset' && datasetBy === 'file');
  const show = (visible: boolean) => (visible ? undefined : true);

  const fileChanged = (file: UploadedEvidenceFile | null) => {
    setUploaded(file);
    setPicked(null);
  };
  const pick = (selection: PickedQuote) => {
    setPicked(selection);
    setQuote(selection.quote);
  };

  function submit(form: FormData) {
    const common = { workspace, claimId: claim.id, stance: text(form, 'stance'), quote, sendBack };
    const selection = usesFile && picked ? { quoteStart: picked.start, quoteEnd: picked.end } : {};
    const file = { uploadId: uploaded?.id ?? '', ...selection };
    switch (kind) {
      case 'web':
        return add.run({ ...common, kind, url: text(form, 'url') });
      case 'document':
        return add.run({ ...common, kind, title: text(form, 'title'), ...file });
      case 'dataset':
        return add.run({ ...common, kind, title: text(form, 'title'), ...(datasetBy === 'url' ? { url: text(form, 'url') } : file) });
      case 'record':
        return add.run({
          ...common,
          kind,
          channel: text(form, 'channel'),
          person: text(form, 'person'),
          role: text(form, 'role'),
          date: text(form, 'date'),
          contact: text(form, 'contact'),
          notes: text(form, 'notes'),
        });
    }
  }

  return (
    <form
      className="space-y-2 rounded-md border border-rule p-3"
      aria-label="Add evidence"
      onSubmit={(event) => {
        event.preventDefault();
        void submit(new FormData(event.currentTarget));
      }}
    >
      {/* Opened by “Add evidence…”, which it replaces: the focus moves in rather than being lost. */}
      <SelectField
        label="Kind of evidence"
        name="kind"
        autoFocus
        options={KIND_OPTIONS}
        value={kind}
        onChange={(event) => setKind(event.target.value as EvidenceKind)}
      />
      {kind === 'dataset' && (
        <fieldset className="flex gap-4 text-sm">
          <legend className="sr-only">The dataset is given by</legend>
          {(['url', 'file'] as const).map((by) => (
            <label key={by} className="flex items-center gap-1">
              <input type="radio" name="datasetBy" value={by} checked={datasetBy === by} onChange={() => setDatasetBy(by)} />
              {by === 'url' ? 'Its address' : 'A file'}
            </label>
          ))}
        </fieldset>
      )}
      <div hidden={show(usesUrl)}>
        <Field
          label={kind === 'dataset' ? 'Address of the dataset' : 'Source address'}
          name="url"
          type="url"
          required={usesUrl}
          placeholder="https://"
          list={citedListId}
          errors={errors.url}
          hint={kind === 'web' && cited.length ? 'The article’s own citations are offered first.' : undefined}
        />
        <datalist id={citedListId}>
          {cited.map((source) => (
            <option key={source.url} value={source.url}>
              {source.domain}
            </option>
          ))}
        </datalist>
      </div>
      <div hidden={show(usesFile)}>
        <EvidenceFileField workspace={workspace} uploaded={uploaded} onUploaded={fileChanged} />
        {errors.uploadId && <Alert>{errors.uploadId[0]}</Alert>}
      </div>
      <div hidden={show(kind === 'document' || kind === 'dataset')}>
        <Field
          label="Title"
          name="title"
          errors={errors.title}
          hint="What it is, in a few words (“Port of Rotterdam annual report 2023”)."
        />
      </div>
      <div hidden={show(kind === 'record')} className="space-y-2">
        <SelectField label="How" name="channel" options={CHANNEL_OPTIONS} defaultValue="phone" errors={errors.channel} />
        <Field label="Who" name="person" required={kind === 'record'} errors={errors.person} placeholder="Jane Doe" />
        <Field label="Their role" name="role" errors={errors.role} placeholder="Spokesperson, Port of Rotterdam" />
        <Field label="When" name="date" type="date" required={kind === 'record'} errors={errors.date} />
        <Field
          label="Contact details"
          name="contact"
          errors={errors.contact}
          hint="Seen only by this workspace’s members; never exported."
        />
        <TextArea label="Notes" name="notes" rows={3} errors={errors.notes} />
      </div>
      <SelectField label="Stance" name="stance" options={STANCE_OPTIONS} defaultValue="supports" errors={errors.stance} />
      {usesFile && uploaded?.text && (
        <div className="space-y-1">
          <p className="text-sm font-medium">Select the quote in the file’s text</p>
          <TextQuotePicker text={uploaded.text} picked={picked} onPick={pick} label="Text of the uploaded file" />
        </div>
      )}
      <TextArea
        label={kind === 'record' ? 'What they said' : kind === 'web' ? 'Quote from the source' : 'Quote'}
        name="quote"
        rows={3}
        value={quote}
        errors={errors.quote}
        onChange={(event) => {
          setQuote(event.target.value);
          setPicked(null); // typed, no longer the selection: the server looks for it in the file's text
        }}
        hint={
          picked
            ? `Selected in the file’s text (characters ${picked.start}–${picked.end}).`
            : 'The passage that supports, contradicts or frames the claim.'
        }
      />
      {add.error && <Alert>{add.error}</Alert>}
      <div className="flex gap-2">
        <Button type="submit" disabled={add.pending}>
          {sendBack ? 'Add evidence and send back to in progress' : 'Add evidence'}
        </Button>
        <Button type="button" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
