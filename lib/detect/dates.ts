// Dates: "October 28", "October 9 and November 20, 2001", "February 2002", "In February",
// "September last year", "28 October 2024", "2001-10-09", "the late 1990s", "mid-1990s",
// "between 2003 and 2023", "spring 2022", "21st century". Values as ISO strings, partial when
// the text is: "2001-10", "2001", and "--10-28" / "--02" when no year is given.
import { CURRENCY_SYMBOLS } from './currencies';
import { DATE_QUALIFIERS, MONTH_LEAD_INS, MONTHS, SCALES, SEASONS, SHORT_MONTHS, UNITS, WEEKDAYS, YEAR_LEAD_INS } from './lexicon';
import { isLabelNumber } from './labels';
import type { FigureMatch } from './match';
import { readCountedNoun } from './nouns';
import { isYearNumeral } from './numerals';
import { DASHES, isCapitalised, isGlued, skipGluedDot, symAt, wordAt } from './token-helpers';
import type { Token } from './tokens';
import type { FigureValue } from './types';

type DatePart = {
  end: number;
  year?: number;
  month?: number;
  day?: number;
  decade?: number;
  century?: number;
  season?: string;
  qualifier?: string;
  relative?: string;
};

const pad = (n: number) => String(n).padStart(2, '0');

function isoOf(part: DatePart): string | undefined {
  if (part.year === undefined) {
    if (part.month === undefined) return undefined;
    return part.day === undefined ? `--${pad(part.month)}` : `--${pad(part.month)}-${pad(part.day)}`;
  }
  if (part.month === undefined) return String(part.year);
  return part.day === undefined ? `${part.year}-${pad(part.month)}` : `${part.year}-${pad(part.month)}-${pad(part.day)}`;
}

function monthAt(tokens: Token[], index: number): { month: number; end: number } | null {
  const token = tokens[index];
  if (!isCapitalised(token) || !(token!.lower in MONTHS)) return null;
  // "May" and "March" only as months when capitalised mid-sentence; short forms may take a dot.
  const end = SHORT_MONTHS.has(token!.lower) ? skipGluedDot(tokens, index + 1) : index + 1;
  return { month: MONTHS[token!.lower]!, end };
}

/** A day of the month, "9" or "9th", not glued to anything before it (but to a dash in "9–11"). */
function dayAt(tokens: Token[], index: number, afterDash = false): { day: number; end: number } | null {
  const token = tokens[index];
  if (token?.type !== 'num' || !/^\d{1,2}$/.test(token.text) || (token.glued && !afterDash)) return null;
  const day = Number(token.text);
  if (day < 1 || day > 31) return null;
  const suffix = tokens[index + 1];
  const end = suffix?.glued && ['st', 'nd', 'rd', 'th'].includes(suffix.lower) ? index + 2 : index + 1;
  if (tokens[end]?.glued && tokens[end]!.type !== 'sym') return null;
  return { day, end };
}

function yearAt(tokens: Token[], index: number): { year: number; end: number } | null {
  const token = tokens[index];
  if (token?.type !== 'num' || !isYearNumeral(token.text)) return null;
  if (tokens[index + 1]?.glued && tokens[index + 1]!.type !== 'sym') return null;
  return { year: Number(token.text), end: index + 1 };
}

/** Month, day and year after a month name: "October 28", "Oct. 28, 2024", "February 2002". */
function readFromMonth(tokens: Token[], index: number, bareMonthAllowed: boolean): DatePart | null {
  const month = monthAt(tokens, index);
  if (!month) return null;
  const day = dayAt(tokens, month.end);
  if (day) {
    const comma = symAt(tokens, day.end) === ',' ? day.end + 1 : day.end;
    const year = yearAt(tokens, comma);
    return year ? { month: month.month, day: day.day, year: year.year, end: year.end } : { month: month.month, day: day.day, end: day.end };
  }
  const year = yearAt(tokens, wordAt(tokens, month.end) === 'of' ? month.end + 1 : month.end);
  if (year) return { month: month.month, year: year.year, end: year.end };
  if (!bareMonthAllowed) return null;
  const relative = ['last', 'this', 'next'].includes(wordAt(tokens, month.end)) && wordAt(tokens, month.end + 1) === 'year';
  return relative
    ? { month: month.month, relative: `${wordAt(tokens, month.end)} year`, end: month.end + 2 }
    : { month: month.month, end: month.end };
}

/** "28 October 2024", "9th of November". */
function readFromDay(tokens: Token[], index: number): DatePart | null {
  const day = dayAt(tokens, index);
  if (!day) return null;
  const month = monthAt(tokens, wordAt(tokens, day.end) === 'of' ? day.end + 1 : day.end);
  if (!month) return null;
  const comma = symAt(tokens, month.end) === ',' ? month.end + 1 : month.end;
  const year = yearAt(tokens, comma);
  return year ? { day: day.day, month: month.month, year: year.year, end: year.end } : { day: day.day, month: month.month, end: month.end };
}

/** "2001-10-09", "10/9/2001", "9.10.2001". */
function readNumericDate(tokens: Token[], index: number): DatePart | null {
  const token = tokens[index];
  if (token?.type !== 'num' || token.glued) return null;
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(token.text);
  if (dotted) return checked({ day: Number(dotted[1]), month: Number(dotted[2]), year: Number(dotted[3]), end: index + 1 });
  const parts = [token];
  const separator = symAt(tokens, index + 1);
  if (separator !== '-' && separator !== '/') return null;
  for (let k = index + 1; k < index + 5; k += 2) {
    if (symAt(tokens, k) !== separator || !isGlued(tokens, k) || tokens[k + 1]?.type !== 'num' || !isGlued(tokens, k + 1)) return null;
    parts.push(tokens[k + 1]!);
  }
  const [a, b, c] = parts.map((part) => part.text);
  if (separator === '-' && /^\d{4}$/.test(a!) && /^\d{2}$/.test(b!) && /^\d{2}$/.test(c!)) {
    return checked({ year: Number(a), month: Number(b), day: Number(c), end: index + 5 });
  }
  if (separator === '/' && /^\d{1,2}$/.test(a!) && /^\d{1,2}$/.test(b!) && /^(?:\d{2}|\d{4})$/.test(c!)) {
    const year = c!.length === 2 ? (Number(c) < 50 ? 2000 : 1900) + Number(c) : Number(c);
    const [first, second] = [Number(a), Number(b)];
    if (first > 12) return checked({ day: first, month: second, year, end: index + 5 });
    if (second > 12) return checked({ month: first, day: second, year, end: index + 5 });
    return { year, end: index + 5, qualifier: 'day and month order unclear' };
  }
  return null;
}

const checked = (part: DatePart) => (part.month! >= 1 && part.month! <= 12 && part.day! >= 1 && part.day! <= 31 ? part : null);

/** "1990s", "'90s". */
function readDecade(tokens: Token[], index: number): DatePart | null {
  const token = tokens[index];
  if (token?.type !== 'num' || wordAt(tokens, index + 1) !== 's' || !isGlued(tokens, index + 1)) return null;
  if (/^\d{3}0$/.test(token.text)) return { decade: Number(token.text), end: index + 2 };
  if (/^\d0$/.test(token.text) && ["'", '’'].includes(symAt(tokens, index - 1)) && token.glued) {
    return { decade: (Number(token.text) >= 30 ? 1900 : 2000) + Number(token.text), end: index + 2 };
  }
  return null;
}

/** A year standing alone counts unless it reads as an amount ("2022 people") or a label ("Vision 2030"). */
function readBareYear(tokens: Token[], index: number): DatePart | null {
  const year = yearAt(tokens, index);
  if (!year || (tokens[index]!.glued && tokens[index - 1]?.type !== 'sym') || isLabelNumber(tokens, index)) return null;
  if (symAt(tokens, index - 1) in CURRENCY_SYMBOLS || symAt(tokens, index - 1) === '#') return null;
  const leadIn =
    YEAR_LEAD_INS.has(wordAt(tokens, index - 1)) || DASHES.has(symAt(tokens, index - 1)) || SEASONS.has(wordAt(tokens, index - 1));
  const next = wordAt(tokens, year.end);
  if (!leadIn && (next in UNITS || next in SCALES || readCountedNoun(tokens, year.end))) return null;
  return { year: year.year, end: year.end };
}

function readPart(tokens: Token[], index: number, bareMonthAllowed: boolean): DatePart | null {
  const word = wordAt(tokens, index);
  // "late 1990s", "mid-1990s", "early 2022", "end of March"
  if (DATE_QUALIFIERS.has(word)) {
    let next = index + 1;
    if (DASHES.has(symAt(tokens, next)) && isGlued(tokens, next)) next++;
    else if (wordAt(tokens, next) === 'of') next++;
    const part = readPart(tokens, next, true);
    return part && !part.qualifier && part.day === undefined ? { ...part, qualifier: word } : null;
  }
  if (WEEKDAYS.has(word) && isCapitalised(tokens[index])) {
    const next = symAt(tokens, index + 1) === ',' ? index + 2 : index + 1;
    const part = readFromMonth(tokens, next, false) ?? readFromDay(tokens, next);
    return part?.day !== undefined ? part : null;
  }
  if (SEASONS.has(word)) {
    const year = yearAt(tokens, wordAt(tokens, index + 1) === 'of' ? index + 2 : index + 1);
    return year ? { season: word, year: year.year, end: year.end } : null;
  }
  const century = readCentury(tokens, index);
  if (century) return century;
  return (
    readFromMonth(tokens, index, bareMonthAllowed) ??
    readFromDay(tokens, index) ??
    readNumericDate(tokens, index) ??
    readDecade(tokens, index) ??
    readBareYear(tokens, index)
  );
}

function readCentury(tokens: Token[], index: number): DatePart | null {
  const token = tokens[index];
  if (token?.type !== 'num' || !/^\d{1,2}$/.test(token.text)) return null;
  if (!['st', 'nd', 'rd', 'th'].includes(wordAt(tokens, index + 1)) || !isGlued(tokens, index + 1)) return null;
  return wordAt(tokens, index + 2) === 'century' ? { century: Number(token.text), end: index + 3 } : null;
}

const CONNECTORS = new Set(['and', 'or', 'to', 'until', 'till', 'through', ',', '-', '–', '—', 'and/or']);
const connectorAt = (tokens: Token[], index: number) => {
  const text = tokens[index]?.lower ?? '';
  return CONNECTORS.has(text) ? text : '';
};

/** A date, a list of dates sharing a year, or a range of dates, starting at tokens[index]. */
export function matchDate(tokens: Token[], index: number): FigureMatch | null {
  const prefix = wordAt(tokens, index);
  const isRange = prefix === 'between';
  const start = isRange ? index + 1 : index;
  const bareMonthAllowed = MONTH_LEAD_INS.has(wordAt(tokens, start - 1));
  const first = readPart(tokens, start, bareMonthAllowed);
  if (!first) return null;
  const parts = [first];
  // "October 9 and November 20, 2001", "October 9–11, 2001", "between 2003 and 2023", "2003–2023"
  let end = first.end;
  while (connectorAt(tokens, end)) {
    const connector = connectorAt(tokens, end);
    const last = parts[parts.length - 1]!;
    let next = readPart(tokens, end + 1, true);
    if (!next && last.month !== undefined && last.day !== undefined && connector !== ',') {
      const day = dayAt(tokens, end + 1, true);
      const comma = day && symAt(tokens, day.end) === ',' ? day.end + 1 : day?.end;
      const year = comma !== undefined ? yearAt(tokens, comma) : null;
      if (day) next = { month: last.month, day: day.day, ...(year ? { year: year.year } : {}), end: year ? year.end : day.end };
    }
    if (!next) break;
    const sharesYear = last.year === undefined && next.year !== undefined && last.month !== undefined && next.month !== undefined;
    const yearRange =
      last.year !== undefined &&
      next.year !== undefined &&
      last.month === undefined &&
      next.month === undefined &&
      (isRange || DASHES.has(connector));
    if (!sharesYear && !yearRange && !(isRange && connector === 'and')) break;
    parts.push(next);
    end = next.end;
    if (isRange) break;
  }
  if (isRange && parts.length < 2) return null;
  const year = parts[parts.length - 1]!.year;
  for (const part of parts) if (part.year === undefined && part.month !== undefined && part.decade === undefined) part.year = year;
  return { end, value: dateValue(parts, isRange) };
}

function dateValue(parts: DatePart[], isRange: boolean): FigureValue {
  const [first] = parts;
  const qualifier = isRange ? 'between' : (first!.qualifier ?? first!.season ?? first!.relative);
  const value: FigureValue = { kind: 'date' };
  if (qualifier) value.qualifier = qualifier;
  if (first!.decade !== undefined) return { ...value, value: first!.decade, unit: 'decade' };
  if (first!.century !== undefined) return { ...value, value: first!.century, unit: 'century' };
  const dates = parts.map(isoOf).filter((date): date is string => date !== undefined);
  return dates.length ? { ...value, dates } : value;
}
