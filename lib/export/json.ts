// JSON: one array of claim objects, written claim by claim so that it streams.
import type { ExportClaim, ExportFormatter } from './types';

/** The public shape of a claim in the JSON export (the W3C-only discussion and code point offsets are left out). */
export function toJsonClaim(claim: ExportClaim) {
  const { comments, codePoints, ...selectors } = claim.annotation;
  void comments;
  void codePoints;
  return { ...claim, annotation: selectors };
}

export const formatJson: ExportFormatter = async function* (pages) {
  let first = true;
  yield '[';
  for await (const page of pages) {
    if (page.length === 0) continue;
    const items = page.map((claim) => {
      const item = `${first ? '' : ','}\n${JSON.stringify(toJsonClaim(claim))}`;
      first = false;
      return item;
    });
    yield items.join('');
  }
  yield first ? ']\n' : '\n]\n';
};
