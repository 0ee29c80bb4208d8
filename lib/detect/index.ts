// lib/detect: figures and check-worthy sentences in plain text. Pure TypeScript.
// Public surface: detectFigures(text), detectClaims(text), parseFigure(text); offsets are
// UTF-16 indices into the text given, so text.slice(start, end) is what was found.
export { detectFigures } from './figures';
export { detectClaims } from './claims';
export { parseFigure } from './parse-figure';
export { splitSentences } from './sentences';
export type { ClaimReason, DetectedClaim, Figure, FigureKind, FigureValue, Span } from './types';
