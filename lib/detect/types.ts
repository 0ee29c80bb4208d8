// The shapes lib/detect hands out. Offsets are UTF-16 indices into the input string, as
// everywhere else in Margin (lib/text-model), so `text.slice(start, end)` is the detected words.

export type FigureKind = 'number' | 'money' | 'percent' | 'date';

/** The typed value of a figure, as a Claim stores it. */
export type FigureValue = {
  kind: FigureKind;
  /** The amount: 16500 for "over 16,500 containers", 14e9 for "$14 billion", 12 for "12%". */
  value?: number;
  /** Bounds of a range ("between 200 and 300 homes"); `value` is then absent. */
  min?: number;
  max?: number;
  /** What is counted or measured: "containers", "km", "%", "years"; "decade"/"century"/"time" for dates. */
  unit?: string;
  /** ISO 4217 code for money: "USD", "EUR", "GBP". */
  currency?: string;
  /** Hedges and vague amounts: "over", "more than", "about", "between", "dozens", "late". */
  qualifier?: string;
  /** Calendar dates named by a date figure: "2001-10-09", or "2001-10" / "2001" when partial. */
  dates?: string[];
  /** Clock time of a time figure, "17:30". */
  time?: string;
};

export type Figure = {
  start: number;
  end: number;
  text: string;
  /** `parsed.value`, or undefined for dates, ranges and vague amounts. */
  value?: number;
  /** `parsed.currency` for money, else `parsed.unit`. */
  unit?: string;
  kind: FigureKind;
  parsed: FigureValue;
};

/** Why a sentence is worth checking. Stable strings: stored and compared by the app. */
export type ClaimReason = 'figure' | 'date' | 'comparison' | 'attribution' | 'quotation';

export type DetectedClaim = { start: number; end: number; reasons: ClaimReason[] };

export type Span = { start: number; end: number };
