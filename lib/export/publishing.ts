// How a workspace publishes its fact checks as schema.org ClaimReview: the organisation that
// signs them, the public address of each claim's fact check (a URL pattern) and what each verdict
// is called on its rating scale. Pure data and rules, shared by the settings form and the export.
import { VERDICTS } from '@/lib/claims/workflow';
import type { ExportClaim } from './types';

type Verdict = (typeof VERDICTS)[number];

/** One verdict on the scale: its number (none: the verdict says nothing about truth) and its name. */
export type VerdictRating = { ratingValue: number | null; alternateName: string };

export type RatingScale = { bestRating: number; worstRating: number; verdicts: Record<Verdict, VerdictRating> };

export type PublishingProfile = {
  organizationName: string;
  organizationUrl: string;
  logoUrl: string | null;
  /** e.g. https://factcheck.example.org/{document}/{claim} */
  claimUrlPattern: string;
  ratings: RatingScale;
};

/** What ClaimReview exports said before workspaces could choose: 1 (worst) to 5 (best). */
export const DEFAULT_RATINGS: RatingScale = {
  bestRating: 5,
  worstRating: 1,
  verdicts: {
    verified: { ratingValue: 5, alternateName: 'Verified' },
    false: { ratingValue: 1, alternateName: 'False' },
    misleading: { ratingValue: 2, alternateName: 'Misleading' },
    unverifiable: { ratingValue: null, alternateName: 'Unverifiable' },
  },
};

/** The placeholders a public URL pattern may hold, and what each becomes. */
export const URL_PLACEHOLDERS = {
  '{document}': 'the document’s id',
  '{document_slug}': 'the document’s title in lower case, words joined by dashes',
  '{claim}': 'the claim’s id',
} as const;

type PlaceholderValues = { documentId: string; documentTitle: string; claimId: string };

/** "Arms & alliances, 2024" → "arms-alliances-2024" (ASCII letters and digits only). */
export function titleSlug(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean);
  return (
    words
      .join('-')
      .slice(0, 80)
      .replace(/(?<!-)-+$/, '') || 'document'
  );
}

/** The public address of one claim's fact check. */
export function fillClaimUrl(pattern: string, values: PlaceholderValues): string {
  const byName: Record<keyof typeof URL_PLACEHOLDERS, string> = {
    '{document}': values.documentId,
    '{document_slug}': titleSlug(values.documentTitle),
    '{claim}': values.claimId,
  };
  return pattern.replace(/\{[^{}]*\}/g, (name) => encodeURIComponent(byName[name as keyof typeof byName] ?? name));
}

const isWebAddress = (text: string) => {
  if (!URL.canParse(text)) return false;
  const url = new URL(text);
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && !url.username && !url.password;
};

/** Why this is not a web address (null when it is one): http(s), absolute, no credentials. */
export function webAddressProblem(text: string): string | null {
  return isWebAddress(text) ? null : 'Give a full web address starting with https:// (or http://).';
}

/** Why a public URL pattern cannot be used (null when it can). */
export function claimUrlPatternProblem(pattern: string): string | null {
  const names = pattern.match(/\{[^{}]*\}/g) ?? [];
  const known = Object.keys(URL_PLACEHOLDERS);
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length > 0) return `Unknown placeholder ${unknown[0]}: use ${known.join(', ')}.`;
  if (/[{}]/.test(pattern.replace(/\{[^{}]*\}/g, ''))) return 'A brace is left open: placeholders are written {document}, {claim}.';
  if (names.length === 0)
    return `Put at least one placeholder (${known.join(', ')}) in the pattern, so that each fact check has its own address.`;
  const sample = fillClaimUrl(pattern, { documentId: 'doc1', documentTitle: 'Title', claimId: 'claim1' });
  if (!isWebAddress(sample)) return 'The pattern must be a full web address starting with https:// (or http://).';
  return null;
}

/** A verdict's rating as schema.org writes it: the number and the scale only when it has a number. */
export function ratingOf(ratings: RatingScale, verdict: NonNullable<ExportClaim['verdict']>) {
  const { ratingValue, alternateName } = ratings.verdicts[verdict];
  return {
    '@type': 'Rating' as const,
    alternateName,
    ...(ratingValue === null ? {} : { ratingValue, bestRating: ratings.bestRating, worstRating: ratings.worstRating }),
  };
}

/**
 * JSON that can sit inside <script type="application/ld+json"> as it is: `<`, `>` and `&` as
 * \u escapes (so no `</script` or `<!--` ends or changes the script), and the two line separators
 * that older JavaScript parsers refuse. Still the same JSON for any JSON reader.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
