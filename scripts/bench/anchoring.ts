// npm run bench:anchoring — annotations made on a text, the text revised at random in rising
// numbers of edits (knowing where each annotation truly went), then re-anchored by ours and by
// peers: share placed correctly, on wrong words, orphaned, and time per anchor.
import fs from 'node:fs';
import path from 'node:path';
import { anchor, anchorAll, describe, type Selector, type TextRange } from '@/lib/anchoring';
import { parsePlainText } from '@/lib/import';
import { makeLongArticle } from '../fixtures/make-documents';
import { domAnchorTextQuote, hypothesisStyle } from './anchoring/peers';
import { seededRandom, type Random } from './anchoring/random';
import { applyRandomEdit, applyReimportEdit, type Revised, type Span } from './anchoring/revise';
import { printTable } from './measure';

type Matcher = (text: string, selectors: Selector[]) => TextRange | null;
/** Peers store 32 characters of context each side (their own `describe`); we store more. */
const withPeerContext =
  (matcher: Matcher): Matcher =>
  (text, selectors) =>
    matcher(
      text,
      selectors.map((selector) =>
        selector.type === 'TextQuoteSelector'
          ? { ...selector, prefix: selector.prefix.slice(-32), suffix: selector.suffix.slice(0, 32) }
          : selector,
      ),
    );
const MATCHERS: Record<string, Matcher> = {
  margin: (text, selectors) => anchor(text, selectors),
  'hypothesis-style': withPeerContext(hypothesisStyle),
  'dom-anchor-text-quote': withPeerContext(domAnchorTextQuote),
};
const WITH_PREVIOUS = 'margin-with-previous-text';
// BENCH_MATCHERS=margin,dom-anchor-text-quote runs only those (the Hypothesis-style one is slow).
const ONLY = process.env.BENCH_MATCHERS?.split(',').map((name) => name.trim());
// BENCH_TEXTS=re-import runs only the texts whose name contains one of these words.
const TEXTS = process.env.BENCH_TEXTS?.split(',').map((name) => name.trim());
const ANNOTATIONS = Number(process.env.BENCH_ANNOTATIONS ?? 150);
const TRIALS = Number(process.env.BENCH_TRIALS ?? 2);

function corpora() {
  const fixture = fs.readFileSync(path.join(import.meta.dirname, '../../prisma/seed/article.txt'), 'utf8');
  const article = parsePlainText(fixture)
    .blocks.map((block) => block.text)
    .join('\n\n');
  // Hundreds of KB of near-duplicate sentences ("In 2004, the ministry reported 1,035 new contracts…").
  const long = makeLongArticle(900)
    .map((block) => block.text)
    .join('\n\n');
  return [
    { name: 'fixture', text: article, levels: [1, 5, 10, 25, 50], edit: applyRandomEdit },
    { name: 'long', text: long, levels: [5, 50, 200, 500, 1000], edit: applyRandomEdit },
    // A re-import: runs of paragraphs moved, copied sentences inserted inside annotated passages.
    { name: 'long, re-import', text: long, levels: [5, 50, 200, 500, 1000], edit: applyReimportEdit },
  ];
}

/** Word-aligned spans of one word to about two sentences. */
function makeSpans(text: string, random: Random, count: number) {
  const spans: { start: number; end: number }[] = [];
  while (spans.length < count) {
    const start = text.indexOf(' ', random.int(0, text.length - 200)) + 1;
    const length = random.pick([4, 8, 15, 30, 60, 120, 200]);
    const end = text.indexOf(' ', start + length);
    if (start > 0 && end > start && !text.slice(start, end).includes('\n\n')) spans.push({ start, end });
  }
  return spans;
}

const overlapShare = (found: TextRange, truth: { start: number; end: number }) => {
  const common = Math.max(0, Math.min(found.end, truth.end) - Math.max(found.start, truth.start));
  const union = Math.max(found.end, truth.end) - Math.min(found.start, truth.start);
  return common / union;
};

/**
 * Correct: on the span's true place (≥ 80% overlap), or on one of its equally true places (an
 * insertion that could have been made elsewhere with the same result; see `Span`). Wrong:
 * anywhere else, or placed when it has none. `drawnOnly` judges by the place the edit was drawn
 * at alone, as the benchmark did before 2026-12-07 (printed beside, for comparison).
 */
function judge(found: TextRange | null, truth: Span, drawnOnly = false): 'correct' | 'wrong' | 'orphaned' {
  if (!found) return truth ? 'orphaned' : 'correct';
  if (!truth) return 'wrong';
  const places = drawnOnly ? [truth] : [truth, ...(truth.also ?? [])];
  return places.some((place) => overlapShare(found, place) >= 0.8) ? 'correct' : 'wrong';
}

type Counts = {
  correct: number;
  wrong: number;
  orphaned: number;
  ms: number;
  drawnOnly: { correct: number; wrong: number; orphaned: number };
};
const emptyCounts = (): Counts => ({ correct: 0, wrong: 0, orphaned: 0, ms: 0, drawnOnly: { correct: 0, wrong: 0, orphaned: 0 } });
function tallyFound(counts: Counts, found: (TextRange | null)[], truths: Span[]) {
  found.forEach((range, index) => {
    counts[judge(range, truths[index]!)]++;
    counts.drawnOnly[judge(range, truths[index]!, true)]++;
  });
}

const rows: Record<string, string | number>[] = [];
for (const corpus of corpora().filter((corpus) => !TEXTS || TEXTS.some((name) => corpus.name.includes(name)))) {
  for (const level of corpus.levels) {
    const tally: Record<string, Counts> = {};
    let total = 0;
    let gone = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      const random = seededRandom(1000 * level + trial);
      const spans = makeSpans(corpus.text, random, ANNOTATIONS);
      const selectors = spans.map((span) => describe(corpus.text, span.start, span.end));
      let state: Revised = { text: corpus.text, spans };
      for (let edit = 0; edit < level; edit++) state = corpus.edit(state, random);
      total += spans.length;
      gone += state.spans.filter((span) => span === null).length;
      for (const [name, matcher] of Object.entries(MATCHERS).filter(([name]) => !ONLY || ONLY.includes(name))) {
        const counts = (tally[name] ??= emptyCounts());
        const started = performance.now();
        const found = selectors.map((selector) => matcher(state.text, selector));
        counts.ms += performance.now() - started;
        tallyFound(counts, found, state.spans);
      }
      // Ours again, given the previous text as well (what a re-import, the API or a W3C import has).
      if (!ONLY || ONLY.includes(WITH_PREVIOUS)) {
        const counts = (tally[WITH_PREVIOUS] ??= emptyCounts());
        const started = performance.now();
        const found = anchorAll(corpus.text, state.text, selectors);
        counts.ms += performance.now() - started;
        tallyFound(counts, found, state.spans);
      }
    }
    for (const [name, counts] of Object.entries(tally)) {
      const percent = (value: number) => `${((100 * value) / total).toFixed(1)}%`;
      rows.push({
        text: `${corpus.name} (${Math.round(corpus.text.length / 1024)} KB)`,
        edits: level,
        matcher: name,
        correct: percent(counts.correct),
        'wrong words': percent(counts.wrong),
        orphaned: percent(counts.orphaned),
        'truly gone': percent(gone),
        'drawn offset only (c / w / o)': [counts.drawnOnly.correct, counts.drawnOnly.wrong, counts.drawnOnly.orphaned]
          .map(percent)
          .join(' / '),
        'ms / anchor': (counts.ms / total).toFixed(3),
      });
    }
  }
}
printTable(rows);
