// npm run bench:detect — recall and precision of detectFigures against hand lists (the fixture
// article and three short news-style texts written for this), the share of hand-marked
// check-worthy sentences detectClaims finds, and the time per KB on long texts.
//
// Matching rule: a detected figure and a hand-listed one match when they overlap by at least
// half of the shorter of the two ("over 16,500 containers" matches "16,500 containers of
// munitions"; "2003" matches "between 2003 and 2023"). Recall: hand figures matched by some
// detection; precision: detections that match some hand figure. A hand-marked sentence is found
// when a detected claim contains its first character; claim precision is the share of detected
// claims that contain a hand-marked sentence's first character.
import fs from 'node:fs';
import path from 'node:path';
import { detectClaims, detectFigures, type Span } from '@/lib/detect';
import { parsePlainText } from '@/lib/import';
import { makeLongArticle } from '../fixtures/make-documents';
import { FIXTURE_CLAIMS, FIXTURE_FIGURES } from './detect/fixture-figures';
import { OWN_TEXTS } from './detect/own-texts';
import type { HandMarkedText } from './detect/types';
import { printTable } from './measure';

const VERBOSE = process.env.BENCH_VERBOSE === '1';

/** Finds each quote in order, each after the previous one; line breaks match any whitespace. */
function locate(text: string, quotes: string[]): Span[] {
  let from = 0;
  return quotes.map((quote) => {
    const escaped = quote.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    const pattern = new RegExp(escaped, 'gu');
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (!match) throw new Error(`hand-listed “${quote}” not found after offset ${from}`);
    from = match.index + match[0].length;
    return { start: match.index, end: match.index + match[0].length };
  });
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const matches = (a: Span, b: Span) => overlap(a, b) >= 0.5 * Math.min(a.end - a.start, b.end - b.start);
const ratio = (part: number, whole: number) => (whole ? (part / whole).toFixed(2) : '–');

function score(sample: HandMarkedText) {
  const hand = locate(sample.text, sample.figures);
  const found = detectFigures(sample.text);
  const missed = hand.filter((span) => !found.some((figure) => matches(figure, span)));
  const extra = found.filter((figure) => !hand.some((span) => matches(figure, span)));
  const sentenceStarts = locate(sample.text, sample.claims).map((span) => span.start);
  const claims = detectClaims(sample.text);
  const claimsFound = sentenceStarts.filter((at) => claims.some((claim) => claim.start <= at && at < claim.end));
  const claimsRight = claims.filter((claim) => sentenceStarts.some((at) => claim.start <= at && at < claim.end));
  if (VERBOSE) {
    for (const span of missed) console.log(`${sample.name}: missed “${sample.text.slice(span.start, span.end)}”`);
    for (const figure of extra) console.log(`${sample.name}: extra  “${figure.text}”`);
    for (const claim of claims.filter((c) => !claimsRight.includes(c))) {
      console.log(
        `${sample.name}: claim not hand-marked [${claim.reasons.join(', ')}] “${sample.text.slice(claim.start, claim.start + 70)}…”`,
      );
    }
    for (const at of sentenceStarts.filter((s) => !claimsFound.includes(s)))
      console.log(`${sample.name}: claim missed “${sample.text.slice(at, at + 70)}…”`);
  }
  return {
    text: sample.name,
    'hand figures': hand.length,
    detected: found.length,
    recall: ratio(hand.length - missed.length, hand.length),
    precision: ratio(found.length - extra.length, found.length),
    'check-worthy sentences': `${claimsFound.length} / ${sentenceStarts.length}`,
    'claims recall': ratio(claimsFound.length, sentenceStarts.length),
    'claims precision': ratio(claimsRight.length, claims.length),
  };
}

/** Mean time of `work` over enough runs to fill half a second (after one warm-up run). */
function timed<T>(work: () => T): { result: T; ms: number } {
  let result = work();
  let runs = 0;
  const started = performance.now();
  while (runs === 0 || performance.now() - started < 500) {
    result = work();
    runs++;
  }
  return { result, ms: (performance.now() - started) / runs };
}

function timePerKb(name: string, text: string) {
  const { result: figures, ms: figuresMs } = timed(() => detectFigures(text));
  const { result: claims, ms: claimsMs } = timed(() => detectClaims(text));
  const kb = text.length / 1024;
  return {
    text: `${name} (${Math.round(kb)} KB)`,
    figures: figures.length,
    claims: claims.length,
    'detectFigures ms': figuresMs.toFixed(1),
    'detectClaims ms': claimsMs.toFixed(1),
    'ms / KB (figures)': (figuresMs / kb).toFixed(3),
    'ms / KB (claims)': (claimsMs / kb).toFixed(3),
  };
}

const raw = fs.readFileSync(path.join(import.meta.dirname, '../../prisma/seed/article.txt'), 'utf8');
const article = parsePlainText(raw)
  .blocks.map((block) => block.text)
  .join('\n\n');
const fixture = { figures: FIXTURE_FIGURES, claims: FIXTURE_CLAIMS };
const samples: HandMarkedText[] = [
  { name: 'fixture (imported)', text: article, ...fixture },
  { name: 'fixture (raw PDF copy)', text: raw, ...fixture },
  ...OWN_TEXTS,
];
printTable(samples.map(score));
console.log();
const long = makeLongArticle(900)
  .map((block) => block.text)
  .join('\n\n');
printTable([
  timePerKb('fixture', article),
  timePerKb('fixture × 32', Array.from({ length: 32 }, () => article).join('\n\n')),
  timePerKb('long report', long),
]);
