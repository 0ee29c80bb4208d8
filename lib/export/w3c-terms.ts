// The W3C Web Annotation terms Margin writes and reads (lib/export/w3c.ts describes the mapping).
export const W3C_ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** The audience Margin gives a private note: its author only. */
export const PRIVATE_AUDIENCE = { type: 'schema:Audience', 'schema:audienceType': 'private' } as const;

export const W3C_KINDS = ['claim', 'figure', 'citation', 'note'] as const;
export type TW3cKind = (typeof W3C_KINDS)[number];

export const W3C_MOTIVATIONS: Record<TW3cKind, string> = {
  claim: 'assessing',
  figure: 'assessing',
  citation: 'linking',
  note: 'commenting',
};

/** The claim fields carried as bodies, with the purpose each is written with. */
export const W3C_CLAIM_FIELDS = {
  statement: 'describing',
  status: 'assessing',
  verdict: 'assessing',
  rationale: 'assessing',
  figureValue: 'describing',
  figureUnit: 'describing',
  figureCurrency: 'describing',
} as const;
export type TW3cClaimField = keyof typeof W3C_CLAIM_FIELDS;
export type TW3cClaim = Partial<Record<TW3cClaimField, string | null>>;
