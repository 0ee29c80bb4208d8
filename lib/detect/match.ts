import type { FigureValue } from './types';

/** A figure found at a token: `end` is the index after its last token. */
export type FigureMatch = { end: number; value: FigureValue };
