// Money: the world's currencies by symbol, ISO 4217 code and name, each typed with its code.
// Codes and English names come from the platform's Unicode CLDR data (Intl), so every current
// currency is known ("South African rand", "Swedish kronor", "Nigerian nairas"); a few choices
// are Margin's own: which symbol or bare name means which currency when several share it ("$",
// "¥", "dollars", "rupees"), spellings CLDR does not use ("roubles", "reais"), and codes and
// names that are everyday English words, refused or read only with a large amount.
import type { Token } from './tokens';
import { isGlued, symAt, wordAt } from './token-helpers';

const displayName = (code: string, count: number) =>
  new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: 'name', minimumFractionDigits: 0 })
    .formatToParts(count)
    .filter((part) => part.type === 'currency')
    .map((part) => part.value)
    .join('')
    .trim()
    .toLowerCase();

/** ISO 4217 codes that are also English words or common acronyms in capitals: not money on their own. */
const CODES_THAT_ARE_WORDS = new Set(['ALL', 'BOB', 'CUP', 'GEL', 'MAD', 'MOP', 'PEN', 'SOS', 'TOP', 'BAM', 'CVE', 'ERN', 'STN', 'SLL']);

/** Every current ISO 4217 code Margin reads before or after an amount ("ZAR 2.4 billion", "500 CHF"). */
export const CURRENCY_CODES = new Set([...Intl.supportedValuesOf('currency'), 'RMB'].filter((code) => !CODES_THAT_ARE_WORDS.has(code)));

/** Signs before an amount. Shared ones are given the currency a reader would assume. */
export const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₩': 'KRW',
  '₹': 'INR',
  '₽': 'RUB',
  '₴': 'UAH',
  '₺': 'TRY',
  '₪': 'ILS',
  '₦': 'NGN',
  '₱': 'PHP',
  '₫': 'VND',
  '฿': 'THB',
  '₡': 'CRC',
  '₵': 'GHS',
  '₸': 'KZT',
  '₼': 'AZN',
  '₾': 'GEL',
  '₮': 'MNT',
  '৳': 'BDT',
  '₲': 'PYG',
  '₭': 'LAK',
  '៛': 'KHR',
  '₨': 'PKR',
};

/** Letters glued before "$": "US$", "C$", "A$", "HK$", "R$". */
export const DOLLAR_PREFIXES: Record<string, string> = {
  us: 'USD',
  c: 'CAD',
  ca: 'CAD',
  a: 'AUD',
  au: 'AUD',
  hk: 'HKD',
  nz: 'NZD',
  s: 'SGD',
  r: 'BRL',
  mx: 'MXN',
  nt: 'TWD',
};

/** Abbreviations before an amount: "Rs 300 crore", "Rs. 50", "RM500", "Rp 2 trillion", "R500" (glued). */
const PREFIX_WORDS: Record<string, { code: string; glued?: boolean }> = {
  Rs: { code: 'INR' },
  RM: { code: 'MYR' },
  Rp: { code: 'IDR' },
  R: { code: 'ZAR', glued: true },
};

/** The currency written before tokens[index] (a sign, "US$", a code, an abbreviation), or null. */
export function readCurrencyPrefix(tokens: Token[], index: number): { currency: string; end: number } | null {
  const token = tokens[index];
  const word = wordAt(tokens, index);
  if (word in DOLLAR_PREFIXES && symAt(tokens, index + 1) === '$' && isGlued(tokens, index + 1)) {
    return { currency: DOLLAR_PREFIXES[word]!, end: index + 2 };
  }
  const symbol = symAt(tokens, index);
  if (symbol in CURRENCY_SYMBOLS) return { currency: CURRENCY_SYMBOLS[symbol]!, end: index + 1 };
  if (token?.type !== 'word') return null;
  if (CURRENCY_CODES.has(token.text) && tokens[index + 1]?.type === 'num') return { currency: token.text, end: index + 1 };
  const prefix = Object.hasOwn(PREFIX_WORDS, token.text) ? PREFIX_WORDS[token.text]! : null;
  if (!prefix) return null;
  const afterDot = symAt(tokens, index + 1) === '.' && isGlued(tokens, index + 1) ? index + 2 : index + 1;
  const number = tokens[afterDot];
  if (number?.type !== 'num' || (prefix.glued && !number.glued)) return null;
  return { currency: prefix.code, end: afterDot };
}

/** Words a currency name or prefix can begin with, for the figure scanner. */
export const CURRENCY_PREFIX_WORDS = new Set(Object.keys(PREFIX_WORDS));

/** Bare names that mean one currency to an English reader although several share them. */
const BARE_DEFAULTS: Record<string, string> = {
  dollar: 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  sterling: 'GBP',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  rouble: 'RUB',
  roubles: 'RUB',
  ruble: 'RUB',
  rubles: 'RUB',
  rupee: 'INR',
  rupees: 'INR',
  franc: 'CHF',
  francs: 'CHF',
  krona: 'SEK',
  kronor: 'SEK',
  krone: 'NOK',
  kroner: 'NOK',
  reais: 'BRL',
  zloty: 'PLN',
  zlotys: 'PLN',
  hryvnia: 'UAH',
  hryvnias: 'UAH',
  rand: 'ZAR',
  naira: 'NGN',
  nairas: 'NGN',
  shekel: 'ILS',
  shekels: 'ILS',
  baht: 'THB',
  ringgit: 'MYR',
  rupiah: 'IDR',
  forint: 'HUF',
  forints: 'HUF',
  lira: 'TRY',
  liras: 'TRY',
  lire: 'TRY',
  koruna: 'CZK',
  korunas: 'CZK',
  taka: 'BDT',
  cedi: 'GHS',
  cedis: 'GHS',
  birr: 'ETB',
  tenge: 'KZT',
  lari: 'GEL',
  leu: 'RON',
  lei: 'RON',
  lev: 'BGN',
  leva: 'BGN',
  won: 'KRW',
};

/** Bare names that are also everyday words ("the top 3 won"): money only after a large amount. */
export const NAMES_ONLY_WITH_LARGE_AMOUNTS = new Set(['won', 'lei', 'lev', 'real']);

/** Extra spellings with a country: "South African rands", "Brazilian reais", "Russian roubles". */
const EXTRA_NAMES: [string, string][] = [
  ['brazilian reais', 'BRL'],
  ['russian roubles', 'RUB'],
  ['russian rouble', 'RUB'],
  ['south african rands', 'ZAR'],
  ['pounds sterling', 'GBP'],
  ['pound sterling', 'GBP'],
  ['us dollars', 'USD'],
  ['american dollars', 'USD'],
  ['cfa francs', 'XOF'],
  ['nigerian naira', 'NGN'],
  ['icelandic kronur', 'ISK'],
  ['israeli shekels', 'ILS'],
  ['new israeli shekels', 'ILS'],
];

/** Currency names after an amount, longest first: CLDR's singular and plural ("Swiss francs"), ours, the bare defaults. */
const NAME_PHRASES: { words: string[]; code: string }[] = (() => {
  const names = new Map<string, string>();
  for (const code of Intl.supportedValuesOf('currency')) {
    for (const count of [1, 2]) {
      const name = displayName(code, count);
      // Bare single words from CLDR ("euros") come from BARE_DEFAULTS; a name that is only a code is no name.
      if (name.includes(' ') && !names.has(name)) names.set(name, code);
    }
  }
  for (const [name, code] of EXTRA_NAMES) names.set(name, code);
  for (const [name, code] of Object.entries(BARE_DEFAULTS)) names.set(name, code);
  return [...names]
    .map(([name, code]) => ({ words: name.split(/[\s-]+/).filter(Boolean), code }))
    .sort((a, b) => b.words.length - a.words.length);
})();

/** Lower-cased first words of every name, for a quick refusal. */
const FIRST_NAME_WORDS = new Set(NAME_PHRASES.map((phrase) => phrase.words[0]!));

/**
 * The currency named after an amount ("14 billion dollars", "3 million Swedish kronor",
 * "2 billion won"), or null. `large`: the amount is in the thousands or has a scale word.
 */
export function readCurrencyName(tokens: Token[], index: number, large: boolean): { currency: string; end: number } | null {
  if (!FIRST_NAME_WORDS.has(wordAt(tokens, index))) return null;
  for (const { words, code } of NAME_PHRASES) {
    if (!words.every((word, offset) => wordAt(tokens, index + offset) === word)) continue;
    if (words.length === 1 && NAMES_ONLY_WITH_LARGE_AMOUNTS.has(words[0]!) && !large) return null;
    return { currency: code, end: index + words.length };
  }
  return null;
}
