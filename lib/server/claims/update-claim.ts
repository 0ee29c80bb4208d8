import 'server-only';
import { changeClaim, type ClaimWrite } from './change-claim';

/** Rewords the statement to be checked (the quote stays as it is in the text). */
export async function updateClaimStatement({ statement, ...write }: ClaimWrite & { statement: string }) {
  const { id, version } = await changeClaim(write, (claim) =>
    claim.statement === statement
      ? null
      : {
          data: { statement },
          activity: { action: 'claim.statement_changed', before: { statement: claim.statement }, after: { statement } },
        },
  );
  return { id, version };
}
