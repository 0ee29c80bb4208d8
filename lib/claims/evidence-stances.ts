// How a piece of evidence bears on a claim, in a module of its own: the evidence form lists them
// without importing lib/schemas/claims, whose zod schemas would be built when the page loads.
export const EVIDENCE_STANCES = ['supports', 'contradicts', 'context'] as const;
