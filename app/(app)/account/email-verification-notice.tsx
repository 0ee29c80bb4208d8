import { ResendVerificationButton } from '@/components/account/resend-verification-button';

/** Verified, or why not and what to do: a link to ask for, or nothing this server can send. */
export function EmailVerificationNotice({ verifiedAt, canSendMail }: { verifiedAt: Date | null; canSendMail: boolean }) {
  if (verifiedAt) return <p className="mt-1 text-sm text-muted">Email address verified.</p>;
  return (
    <section aria-labelledby="email-unverified" className="mt-4 rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm">
      <h2 id="email-unverified" className="font-semibold">
        Your email address is not verified
      </h2>
      {canSendMail ? (
        <>
          <p className="mt-1">Follow the link we emailed you. No message, or the link expired? Ask for a new one.</p>
          <ResendVerificationButton />
        </>
      ) : (
        <p className="mt-1">
          This Margin server does not send email, so it cannot verify your address by email. Signing in through your newsroom’s single
          sign-on, where it is set up, verifies it.
        </p>
      )}
    </section>
  );
}
