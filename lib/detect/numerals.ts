// Reads digits as written in English text: "16,500" → 16500, "1.5" → 1.5. Thousands
// separators are commas before groups of three digits; a lone comma before one or two digits is
// a decimal comma ("3,5"). Anything else ("1.2.3", "17:30", "1,23,4") is not a plain number.

export function parseNumeral(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) return Number(text.replaceAll(',', ''));
  if (/^\d+\.\d+$/.test(text)) return Number(text);
  if (/^\d+,\d{1,2}$/.test(text)) return Number(text.replace(',', '.'));
  return null;
}

/** A year as writers use one: four digits without separators, 1000–2199. */
export function isYearNumeral(text: string): boolean {
  return /^(?:1\d|2[01])\d\d$/.test(text);
}
