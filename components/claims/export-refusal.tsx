import Link from 'next/link';

/** A 422 answer of the export route: what is missing, for ClaimReview with the claims and a link to the settings. */
export type ExportRefusal = {
  error: string;
  missing?: string[];
  claims?: { claimId: string; statement: string; document: string; missing: string[] }[];
  total?: number;
  settingsUrl?: string;
};

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 77).trimEnd()}…` : text);

/** Why the export cannot be made: a list to work through, instead of a file search engines would reject. */
export function ExportRefusalNotice({ refusal, className }: { refusal: ExportRefusal; className?: string }) {
  const { missing = [], claims = [], total = 0, settingsUrl } = refusal;
  if (missing.length === 0)
    return (
      <p role="alert" className={`rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-danger ${className ?? ''}`}>
        {refusal.error}
      </p>
    );
  return (
    <div role="alert" className={`rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-danger ${className ?? ''}`}>
      <p className="font-medium">This export cannot be published as ClaimReview yet. Missing:</p>
      <ul aria-label="What is missing" className="mt-1 list-disc pl-5">
        {missing.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {claims.length > 0 && (
        <>
          <p className="mt-2">
            {total} {total === 1 ? 'claim cannot' : 'claims cannot'} be published as ClaimReview:
          </p>
          <ul className="mt-1 list-disc pl-5">
            {claims.map((claim) => (
              <li key={claim.claimId}>
                “{short(claim.statement)}” ({claim.document}) lacks {claim.missing.join(' and ')}
              </li>
            ))}
            {total > claims.length && <li>and {total - claims.length} more</li>}
          </ul>
        </>
      )}
      {settingsUrl && (
        <p className="mt-2">
          <Link href={settingsUrl} className="font-medium underline">
            Open Settings → Publishing
          </Link>
        </p>
      )}
    </div>
  );
}
