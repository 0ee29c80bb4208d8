import { z } from 'zod';
import { VERDICTS } from '@/lib/claims/workflow';
import { claimUrlPatternProblem, webAddressProblem, type PublishingProfile, type RatingScale } from '@/lib/export/publishing';

type Verdict = (typeof VERDICTS)[number];

const ZWebAddress = z
  .string()
  .trim()
  .max(2000, 'Keep the address under 2,000 characters.')
  .superRefine((value, context) => {
    const problem = webAddressProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

const isBlank = (value: unknown) => typeof value === 'string' && value.trim() === '';
const blankToNull = (value: unknown) => (value === undefined || isBlank(value) ? null : value);
const blankToUndefined = (value: unknown) => (isBlank(value) ? undefined : value);
const ZScore = z.coerce.number({ message: 'Give a whole number.' }).int('Give a whole number.').min(-1000).max(1000);

/** `rating_<verdict>` and `name_<verdict>` for each verdict: the form's flat field names. */
const verdictFields = Object.fromEntries(
  VERDICTS.flatMap((verdict) => [
    [`rating_${verdict}`, z.preprocess(blankToNull, ZScore.nullable())],
    [
      `name_${verdict}`,
      z.string().trim().min(1, 'Name this verdict as readers will see it.').max(60, 'Keep the name under 60 characters.'),
    ],
  ]),
) as Record<`rating_${Verdict}`, z.ZodType<number | null>> & Record<`name_${Verdict}`, z.ZodType<string>>;

/**
 * The publishing settings form: the organisation, the public URL pattern, and the rating scale
 * (best and worst rating, then each verdict's number — blank for none — and name). `version` is
 * 0 while the workspace has no profile yet.
 */
export const ZSavePublishingProfile = z
  .object({
    version: z.coerce.number({ message: 'Reload the page: this form is missing its version.' }).int().min(0),
    organizationName: z
      .string()
      .trim()
      .min(1, 'Set the organisation name: readers and search engines show it as the fact check’s author.')
      .max(120, 'Keep the name under 120 characters.'),
    organizationUrl: ZWebAddress,
    logoUrl: z.preprocess(blankToNull, ZWebAddress.nullable()),
    claimUrlPattern: z
      .string()
      .trim()
      .min(1, 'Set the public fact-check URL pattern: each ClaimReview needs the address where it is published.')
      .max(2000, 'Keep the pattern under 2,000 characters.')
      .superRefine((value, context) => {
        const problem = claimUrlPatternProblem(value);
        if (problem) context.addIssue({ code: 'custom', message: problem });
      }),
    bestRating: z.preprocess(blankToUndefined, ZScore),
    worstRating: z.preprocess(blankToUndefined, ZScore),
    ...verdictFields,
  })
  .superRefine((input, context) => {
    if (input.worstRating >= input.bestRating)
      context.addIssue({ code: 'custom', path: ['worstRating'], message: 'The worst rating must be lower than the best.' });
    for (const verdict of VERDICTS) {
      const value = input[`rating_${verdict}`];
      if (value !== null && (value < input.worstRating || value > input.bestRating))
        context.addIssue({
          code: 'custom',
          path: [`rating_${verdict}`],
          message: `Give a number from ${input.worstRating} to ${input.bestRating}, or leave it blank.`,
        });
    }
  })
  .transform((input): { version: number; profile: PublishingProfile } => {
    const ratings: RatingScale = {
      bestRating: input.bestRating,
      worstRating: input.worstRating,
      verdicts: Object.fromEntries(
        VERDICTS.map((verdict) => [verdict, { ratingValue: input[`rating_${verdict}`], alternateName: input[`name_${verdict}`] }]),
      ) as RatingScale['verdicts'],
    };
    const { organizationName, organizationUrl, logoUrl, claimUrlPattern } = input;
    return { version: input.version, profile: { organizationName, organizationUrl, logoUrl, claimUrlPattern, ratings } };
  });
export type TSavePublishingProfile = z.output<typeof ZSavePublishingProfile>;

const ZVerdictRating = z.object({ ratingValue: z.number().int().nullable(), alternateName: z.string().min(1) });

/** The ratings column as stored (written only through ZSavePublishingProfile). */
export const ZStoredRatings = z.object({
  bestRating: z.number().int(),
  worstRating: z.number().int(),
  verdicts: z.object(Object.fromEntries(VERDICTS.map((verdict) => [verdict, ZVerdictRating])) as Record<Verdict, typeof ZVerdictRating>),
});
