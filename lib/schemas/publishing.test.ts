import { describe, expect, it } from 'vitest';
import { ZSavePublishingProfile } from './publishing';

const FORM = {
  version: '0',
  organizationName: ' Desk Fact Check ',
  organizationUrl: 'https://factcheck.example.org',
  logoUrl: ' ',
  claimUrlPattern: 'https://factcheck.example.org/{document}/{claim}',
  bestRating: '5',
  worstRating: '1',
  rating_verified: '5',
  name_verified: 'Verified',
  rating_false: '1',
  name_false: 'False',
  rating_misleading: '2',
  name_misleading: 'Misleading',
  rating_unverifiable: '',
  name_unverifiable: 'Unverifiable',
};

const errorsOf = (input: Record<string, string>) => {
  const result = ZSavePublishingProfile.safeParse({ ...FORM, ...input });
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe('ZSavePublishingProfile', () => {
  it('reads the form into a profile: trimmed, a blank logo and a blank rating as none', () => {
    const { version, profile } = ZSavePublishingProfile.parse(FORM);
    expect(version).toBe(0);
    expect(profile).toMatchObject({ organizationName: 'Desk Fact Check', logoUrl: null });
    expect(profile.ratings.verdicts.unverifiable).toEqual({ ratingValue: null, alternateName: 'Unverifiable' });
    expect(profile.ratings.verdicts.misleading).toEqual({ ratingValue: 2, alternateName: 'Misleading' });
  });

  it('takes a logo left out as none', () => {
    expect(ZSavePublishingProfile.parse({ ...FORM, logoUrl: undefined }).profile.logoUrl).toBeNull();
  });

  it('refuses a blank scale end instead of reading it as 0', () => {
    expect(errorsOf({ bestRating: '' })).toMatchObject({ bestRating: 'Give a whole number.' });
    expect(errorsOf({ worstRating: '2.5' })).toMatchObject({ worstRating: 'Give a whole number.' });
  });
});
