'use client';

import { useState } from 'react';
import { useFormMutation } from '@/components/forms/use-form-mutation';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { confirmTwoFactorAction, disableTwoFactorAction, startTwoFactorAction } from '@/lib/actions/two-factor';

type Enrolment = { secret: string; qrDataUrl: string };

export function TwoFactorPanel({
  enabled,
  recoveryCodesLeft,
  hasPassword,
}: {
  enabled: boolean;
  recoveryCodesLeft: number;
  hasPassword: boolean;
}) {
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  if (recoveryCodes) return <RecoveryCodes codes={recoveryCodes} onDone={() => setRecoveryCodes(null)} />;
  if (enabled) return <Enabled recoveryCodesLeft={recoveryCodesLeft} hasPassword={hasPassword} />;
  if (enrolment)
    return (
      <ConfirmEnrolment
        enrolment={enrolment}
        onConfirmed={(codes) => {
          setEnrolment(null);
          setRecoveryCodes(codes);
        }}
      />
    );
  return <StartEnrolment onStarted={setEnrolment} />;
}

function StartEnrolment({ onStarted }: { onStarted: (enrolment: Enrolment) => void }) {
  const form = useFormMutation(startTwoFactorAction, { onSuccess: onStarted });
  return (
    <form action={form.formAction} className="mt-3 flex flex-col gap-3">
      <p className="text-sm">Two-factor authentication is off.</p>
      <div>
        <SubmitButton pendingLabel="Starting…">Set up two-factor authentication</SubmitButton>
      </div>
      {form.formError && <Alert>{form.formError}</Alert>}
    </form>
  );
}

function ConfirmEnrolment({ enrolment, onConfirmed }: { enrolment: Enrolment; onConfirmed: (codes: string[]) => void }) {
  const form = useFormMutation(confirmTwoFactorAction, { onSuccess: (data) => onConfirmed(data.recoveryCodes) });
  return (
    <div className="mt-3 flex flex-col gap-3 text-sm">
      <p>Scan this code with your authenticator app, or type the key into it. Then enter the 6-digit code it shows.</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL, nothing to optimise */}
      <img src={enrolment.qrDataUrl} alt="QR code for your authenticator app" width={200} height={200} />
      <p>
        Key: <code data-testid="two-factor-secret">{enrolment.secret}</code>
      </p>
      <form action={form.formAction} className="flex flex-col gap-3" noValidate>
        <Field label="Code from the app" name="code" autoComplete="one-time-code" errors={form.fieldErrors.code} />
        <div>
          <SubmitButton pendingLabel="Checking…">Turn on</SubmitButton>
        </div>
        {form.formError && <Alert>{form.formError}</Alert>}
      </form>
    </div>
  );
}

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  return (
    <div className="mt-3 rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm" role="status">
      <p>
        Two-factor authentication is on. Keep these recovery codes somewhere safe: each signs you in once if you lose your phone. They are
        shown only now.
      </p>
      <ul className="mt-2 grid grid-cols-2 gap-1 font-mono" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <button type="button" className="mt-3 underline" onClick={onDone}>
        I have saved them
      </button>
    </div>
  );
}

function Enabled({ recoveryCodesLeft, hasPassword }: { recoveryCodesLeft: number; hasPassword: boolean }) {
  const form = useFormMutation(disableTwoFactorAction);
  return (
    <div className="mt-3 flex flex-col gap-3 text-sm">
      <p>
        Two-factor authentication is on. {recoveryCodesLeft} recovery {recoveryCodesLeft === 1 ? 'code' : 'codes'} left.
      </p>
      <form action={form.formAction} className="flex flex-col gap-3" noValidate>
        <Field label="Code from the app, or a recovery code" name="code" autoComplete="one-time-code" errors={form.fieldErrors.code} />
        {hasPassword && (
          <Field
            label="Or your password"
            name="password"
            type="password"
            autoComplete="current-password"
            errors={form.fieldErrors.password}
          />
        )}
        <div>
          <SubmitButton variant="ghost" pendingLabel="Turning off…">
            Turn off two-factor authentication
          </SubmitButton>
        </div>
        {form.formError && <Alert>{form.formError}</Alert>}
      </form>
    </div>
  );
}
