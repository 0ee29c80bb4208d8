'use client';

import { StaleNotice } from '@/components/forms/stale-notice';
import { useFormMutation } from '@/components/forms/use-form-mutation';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { savePublishingProfileAction } from '@/lib/actions/publishing';
import { VERDICTS } from '@/lib/claims/workflow';
import { DEFAULT_RATINGS, URL_PLACEHOLDERS, type PublishingProfile } from '@/lib/export/publishing';

/**
 * Settings → Publishing: who publishes the workspace's fact checks, at which public address each
 * one is (a pattern), and what each verdict is on the rating scale. ClaimReview exports use it.
 */
export function PublishingForm({ profile, version }: { profile: PublishingProfile | null; version: number }) {
  const workspace = useWorkspace().slug;
  const { result, formAction, formError, fieldErrors, formKey, baseVersion, pin, staleFrom, typed } = useFormMutation(
    savePublishingProfileAction,
    { version },
  );
  const ratings = profile?.ratings ?? DEFAULT_RATINGS;
  const error = staleFrom === null ? formError : null;
  const placeholders = Object.entries(URL_PLACEHOLDERS)
    .map(([name, meaning]) => `${name} ${meaning}`)
    .join('; ');
  return (
    <form key={formKey} action={formAction} onChange={pin} className="flex flex-col gap-4" aria-label="Publishing" noValidate>
      <input type="hidden" name="workspace" value={workspace} />
      <input type="hidden" name="version" value={baseVersion} />
      {!profile && (
        <Alert tone="info">Not set yet: ClaimReview exports are refused until the organisation and the public URL pattern are set.</Alert>
      )}
      <Field
        label="Organisation name"
        name="organizationName"
        defaultValue={typed('organizationName', profile?.organizationName ?? '')}
        hint="The author of each fact check, as readers and search engines show it."
        errors={fieldErrors.organizationName}
      />
      <Field
        label="Organisation website"
        name="organizationUrl"
        type="url"
        defaultValue={typed('organizationUrl', profile?.organizationUrl ?? '')}
        placeholder="https://factcheck.example.org"
        errors={fieldErrors.organizationUrl}
      />
      <Field
        label="Logo URL (optional)"
        name="logoUrl"
        type="url"
        defaultValue={typed('logoUrl', profile?.logoUrl ?? '')}
        errors={fieldErrors.logoUrl}
      />
      <Field
        label="Public fact-check URL pattern"
        name="claimUrlPattern"
        defaultValue={typed('claimUrlPattern', profile?.claimUrlPattern ?? '')}
        placeholder="https://factcheck.example.org/{document_slug}#{claim}"
        hint={`Where each claim’s fact check is published. Placeholders: ${placeholders}.`}
        errors={fieldErrors.claimUrlPattern}
      />
      <fieldset className="flex flex-col gap-3 rounded-lg border border-rule p-4">
        <legend className="px-1 text-sm font-medium">Verdict ratings</legend>
        <p className="text-xs text-muted">
          Each verdict’s rating on your scale (leave the number blank for a verdict that says nothing about truth) and the name readers see.
        </p>
        <div className="grid grid-cols-2 gap-3">
          <Field
            label="Best rating"
            name="bestRating"
            inputMode="numeric"
            defaultValue={typed('bestRating', String(ratings.bestRating))}
            errors={fieldErrors.bestRating}
          />
          <Field
            label="Worst rating"
            name="worstRating"
            inputMode="numeric"
            defaultValue={typed('worstRating', String(ratings.worstRating))}
            errors={fieldErrors.worstRating}
          />
          {VERDICTS.map((verdict) => {
            const { ratingValue, alternateName } = ratings.verdicts[verdict];
            const label = DEFAULT_RATINGS.verdicts[verdict].alternateName;
            return [
              <Field
                key={`rating_${verdict}`}
                label={`${label}: rating`}
                name={`rating_${verdict}`}
                inputMode="numeric"
                defaultValue={typed(`rating_${verdict}`, ratingValue === null ? '' : String(ratingValue))}
                errors={fieldErrors[`rating_${verdict}`]}
              />,
              <Field
                key={`name_${verdict}`}
                label={`${label}: name`}
                name={`name_${verdict}`}
                defaultValue={typed(`name_${verdict}`, alternateName)}
                errors={fieldErrors[`name_${verdict}`]}
              />,
            ];
          })}
        </div>
      </fieldset>
      {staleFrom === null && (
        <div>
          <SubmitButton pendingLabel="Saving…">Save publishing settings</SubmitButton>
        </div>
      )}
      <StaleNotice
        staleFrom={staleFrom}
        currentVersion={version}
        fields={[
          { label: 'Organisation', value: profile?.organizationName ?? '' },
          { label: 'URL pattern', value: profile?.claimUrlPattern ?? '' },
        ]}
      />
      {error && <Alert>{error}</Alert>}
      {result?.ok && <Alert tone="info">Publishing settings saved.</Alert>}
    </form>
  );
}
