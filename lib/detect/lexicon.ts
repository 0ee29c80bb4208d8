// Word lists the figure matchers share. General English, nothing specific to one article.

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
/** Abbreviated month names, which only count when capitalised ("Mar", not "mar"). */
export const SHORT_MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

export const SEASONS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);

/** Words before a bare month name that make it a date ("in February", "by November"). */
export const MONTH_LEAD_INS = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'through', 'during', 'before', 'after', 'last', 'next', 'this',
  'early', 'late', 'mid', 'end', 'beginning', 'of', 'between', 'and', 'to', 'throughout', 'around',
]);

/** Words before a year that make a four-digit number a year even if a noun follows. */
export const YEAR_LEAD_INS = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'through', 'during', 'before', 'after', 'year', 'of', 'between',
  'and', 'to', 'early', 'late', 'mid', 'throughout', 'spring', 'summer', 'autumn', 'fall', 'winter',
]);

/** Date qualifiers kept in the span: "late 1990s", "early 2022", "mid-October". */
export const DATE_QUALIFIERS = new Set(['early', 'late', 'mid', 'end', 'beginning']);

export const SMALL_NUMBERS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
export const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Multipliers after a number: "1.5 million", "€3bn", "5k". */
export const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, mln: 1e6, m: 1e6, billion: 1e9, bn: 1e9,
  bln: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12,
};
/** Scales that may also be a unit when glued to a number ("3.2m" of wall): read as scales only with money or a counted noun. */
export const AMBIGUOUS_SCALES = new Set(['m', 'b']);

/** Vague amounts: a figure with no value ("dozens of", "thousands of"). */
export const VAGUE_AMOUNTS = new Set(['dozens', 'scores', 'hundreds', 'thousands', 'millions', 'billions', 'trillions']);

/** Fractions before "of"/"the": "a third of", "half the", "two-thirds of". Value in per cent. */
export const FRACTIONS: Record<string, number> = {
  half: 50, halves: 50, third: 100 / 3, thirds: 100 / 3, quarter: 25, quarters: 25, fifth: 20, fifths: 20,
  tenth: 10, tenths: 10,
};

/** Hedges before an amount, longest first; matched on lower-cased words. */
export const QUALIFIERS = [
  'more than', 'less than', 'fewer than', 'greater than', 'higher than', 'lower than', 'at least', 'at most',
  'up to', 'as many as', 'as much as', 'as few as', 'as little as', 'close to', 'upwards of', 'in excess of',
  'just over', 'just under', 'well over', 'well under', 'nearly', 'almost', 'about', 'around', 'approximately',
  'roughly', 'some', 'over', 'under', 'only', 'just', 'an estimated', 'estimated', 'below', 'above', 'exactly',
  'precisely', 'barely', 'between', 'from',
].map((phrase) => phrase.split(' '));

export const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₩': 'KRW', '₹': 'INR', '₽': 'RUB', '₴': 'UAH', '₺': 'TRY', '₪': 'ILS',
};
/** Letters glued before "$": "US$", "C$", "A$", "HK$". */
export const DOLLAR_PREFIXES: Record<string, string> = { us: 'USD', c: 'CAD', ca: 'CAD', a: 'AUD', au: 'AUD', hk: 'HKD', nz: 'NZD', s: 'SGD', r: 'BRL' };
export const CURRENCY_CODES = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CNY', 'RMB', 'RUB', 'KRW', 'INR', 'CAD', 'AUD', 'UAH', 'PLN', 'SEK', 'NOK',
  'DKK', 'CZK', 'HUF', 'TRY', 'BRL', 'MXN', 'ZAR', 'HKD', 'SGD', 'NZD',
]);
/** Currency names after an amount: "14 billion dollars", "3.2m euros". */
export const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY',
  rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', rupee: 'INR', rupees: 'INR', hryvnia: 'UAH',
  hryvnias: 'UAH', zloty: 'PLN', zlotys: 'PLN', sterling: 'GBP', francs: 'CHF',
};

/** Units of measure after a number, with the form stored. Counted nouns are read separately. */
export const UNITS: Record<string, string> = {
  '%': '%', percent: '%', pc: '%', km: 'km', kms: 'km', kilometres: 'km', kilometers: 'km', kilometre: 'km',
  kilometer: 'km', mi: 'miles', mile: 'miles', miles: 'miles', metres: 'm', meters: 'm', metre: 'm', meter: 'm',
  cm: 'cm', mm: 'mm', kg: 'kg', kilograms: 'kg', kilogram: 'kg', kilos: 'kg', g: 'g', grams: 'g', tonnes: 'tonnes',
  tonne: 'tonnes', tons: 'tons', ton: 'tons', t: 'tonnes', lb: 'lb', lbs: 'lb', mw: 'MW', gw: 'GW', kw: 'kW',
  kwh: 'kWh', mwh: 'MWh', gwh: 'GWh', twh: 'TWh', ha: 'ha', hectares: 'ha', acres: 'acres', km2: 'km²',
  year: 'years', years: 'years', yr: 'years', yrs: 'years', month: 'months', months: 'months', week: 'weeks',
  weeks: 'weeks', day: 'days', days: 'days', hour: 'hours', hours: 'hours', hrs: 'hours', h: 'hours',
  minute: 'minutes', minutes: 'minutes', min: 'minutes', mins: 'minutes', second: 'seconds', seconds: 'seconds',
  decade: 'decades', decades: 'decades', century: 'centuries', centuries: 'centuries', times: 'times',
  degrees: 'degrees', '°': 'degrees', mph: 'mph', bpd: 'bpd', gb: 'GB', mb: 'MB', tb: 'TB',
};

/** Nouns that count people or things without a final "s". */
export const IRREGULAR_PLURALS = new Set([
  'people', 'men', 'women', 'children', 'police', 'personnel', 'staff', 'cattle', 'sheep', 'fish', 'aircraft',
  'deer', 'feet', 'teeth', 'mice', 'geese', 'livestock', 'offspring', 'infantry', 'crew', 'data', 'media',
  'tonnes', 'barrels',
]);

/** Words before a number that make it a label, not an amount: "Article 5", "page 12", "No. 3". */
export const LABEL_WORDS = new Set([
  'article', 'articles', 'section', 'sections', 'chapter', 'chapters', 'paragraph', 'clause', 'resolution', 'track',
  'phase', 'stage', 'level', 'tier', 'page', 'pages', 'p', 'pp', 'no', 'nos', 'number', 'vol', 'volume', 'issue',
  'item', 'annex', 'appendix', 'amendment', 'room', 'flight', 'gate', 'platform', 'route', 'line', 'channel',
  'exit', 'grade', 'step', 'rule', 'table', 'figure', 'fig', 'version', 'model', 'type', 'class', 'category',
  'season', 'episode', 'part', 'title', 'act', 'district', 'ward', 'precinct', 'highway', 'interstate', 'division',
  'unit', 'building', 'floor', 'suite', 'apartment', 'block', 'lot', 'row', 'seat', 'box', 'code', 'id', 'ref',
  'reference', 'case', 'bill', 'hr', 'sb', 'covid', 'windows', 'iphone', 'galaxy',
]);

/** Common words that are never the counted noun, nor a name that makes a number a label. */
export const STOP_WORDS = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'and', 'or', 'but', 'nor', 'as',
  'than', 'that', 'this', 'these', 'those', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had',
  'do', 'does', 'did', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'it', 'its', 'he', 'she',
  'they', 'them', 'their', 'his', 'her', 'we', 'our', 'you', 'your', 'i', 'who', 'which', 'what', 'when', 'where',
  'while', 'since', 'until', 'during', 'before', 'after', 'about', 'over', 'under', 'into', 'per', 'each', 'every',
  'all', 'both', 'more', 'less', 'most', 'least', 'such', 'so', 'if', 'then', 'also', 'not', 'no', 'yes', 'up',
  'out', 'off', 'down', 'around', 'between', 'among', 'against', 'through', 'via', 'whose', 'there', 'here',
  'again', 'ago', 'later', 'earlier', 'alone', 'respectively', 'apiece', 'each', 'says', 'said', 'sees', 'makes',
  'gives', 'takes', 'remains', 'seems', 'goes', 'comes', 'means', 'yet', 'thus', 'hence', 'including', 'like',
  'plus', 'minus', 'times', 'in', 'towards', 'toward', 'across', 'along', 'within', 'without', 'onwards',
]);
