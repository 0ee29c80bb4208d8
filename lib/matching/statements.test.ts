import { describe, expect, it } from 'vitest';
import { extractNumbers, isNegated, numbersAgree, scoreMatch, statementFeatures, MATCH_THRESHOLD } from './statements';

const score = (a: string, b: string, trigram = 0.6) => scoreMatch(statementFeatures(a), statementFeatures(b), trigram);

describe('extractNumbers', () => {
  it('reads the same count however it is written', () => {
    for (const text of [
      '16,500 containers',
      '16.5k containers',
      '16 500 containers',
      '16\u202f500 containers',
      '16.5 thousand containers',
    ]) {
      expect(extractNumbers(text), text).toEqual([16500]);
    }
  });

  it('tells 16,500 from 1,650 and reads decimals, scales, percentages and number words', () => {
    expect(extractNumbers('1,650 containers')).toEqual([1650]);
    expect(extractNumbers('The rate fell to 3.5% in 2019.')).toEqual([3.5, 2019]);
    expect(extractNumbers('€1.2bn and $3 million')).toEqual([1.2e9, 3e6]);
    expect(extractNumbers('a decimal comma: 3,5 per cent')).toEqual([3.5]);
    expect(extractNumbers('three ministers and twenty thousand people')).toEqual([3, 20000]);
    expect(extractNumbers('one of the largest ports')).toEqual([]);
  });

  it('keeps a year apart from the count after it', () => {
    expect(extractNumbers('in 2019 500 people')).toEqual([2019, 500]);
  });
});

describe('isNegated', () => {
  it('finds denials', () => {
    for (const text of ['The port has not grown', 'It never happened', "The minister didn't say it", 'No hospital closed']) {
      expect(isNegated(text), text).toBe(true);
    }
  });

  it('does not take a bound or an emphasis for a denial', () => {
    expect(isNegated('no more than 5% of voters')).toBe(false);
    expect(isNegated('not only the port but the airport grew')).toBe(false);
    expect(isNegated('The port has grown')).toBe(false);
  });
});

describe('numbersAgree', () => {
  it('accepts a subset (a year added), refuses a different number or a figure against none', () => {
    expect(numbersAgree([16500], [16500, 2019])).toBe(true);
    expect(numbersAgree([16500], [1650])).toBe(false);
    expect(numbersAgree([], [1650])).toBe(false);
    expect(numbersAgree([], [])).toBe(true);
  });
});

describe('scoreMatch', () => {
  it('matches a paraphrase with the same figure', () => {
    const result = score('The port handled 16,500 containers in 2019', 'In 2019 the port handled 16.5k containers');
    expect(result.refusal).toBeNull();
    expect(result.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it('refuses different numbers, a negation and the opposite direction, whatever the words', () => {
    expect(score('The port handled 16,500 containers', 'The port handled 1,650 containers', 0.95)).toEqual({
      score: 0,
      refusal: 'numbers',
    });
    expect(score('The mayor has visited the port', 'The mayor has never visited the port', 0.9)).toEqual({ score: 0, refusal: 'negation' });
    expect(score('Unemployment rose last year', 'Unemployment fell last year', 0.8)).toEqual({ score: 0, refusal: 'direction' });
  });

  it('reads rose and increased as the same direction', () => {
    const result = score('Crime rose in the city', 'Crime increased in the city', 0.5);
    expect(result.refusal).toBeNull();
    expect(result.score).toBeGreaterThan(0.7);
  });
});

describe('hostile input', () => {
  it('reads only the first 2,000 characters, quickly', () => {
    const started = performance.now();
    for (const unit of ['1,000 ', '9', '1 000 000 ', "n't ", 'rose fell ']) statementFeatures(unit.repeat(100_000 / unit.length));
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
