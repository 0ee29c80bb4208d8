import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlainText } from '@/lib/import';
import { detectFigures } from './index';

const raw = fs.readFileSync(path.join(import.meta.dirname, '../../prisma/seed/article.txt'), 'utf8');
const article = parsePlainText(raw)
  .blocks.map((block) => block.text)
  .join('\n\n');
const texts = (input: string) => detectFigures(input).map((figure) => figure.text);

describe('detectFigures on the fixture article', () => {
  const figures = detectFigures(article);

  it('gives exact offsets', () => {
    for (const figure of figures) expect(article.slice(figure.start, figure.end)).toBe(figure.text);
    for (const figure of detectFigures(raw)) expect(raw.slice(figure.start, figure.end)).toBe(figure.text);
  });

  it('finds its amounts with their values and counted nouns', () => {
    const byText = Object.fromEntries(figures.map((figure) => [figure.text, figure]));
    expect(byText['over 16,500 containers']).toMatchObject({ value: 16500, unit: 'containers', kind: 'number' });
    expect(byText['2,000 additional containers']).toMatchObject({ value: 2000, unit: 'containers' });
    expect(byText['$14 billion']).toMatchObject({ value: 14e9, unit: 'USD', kind: 'money' });
    expect(byText['four submarines']).toMatchObject({ value: 4, unit: 'submarines' });
    expect(byText['four European NGOs']).toMatchObject({ value: 4, unit: 'NGOs' });
    expect(byText['thousands of North Korean soldiers']?.parsed).toEqual({ kind: 'number', unit: 'soldiers', qualifier: 'thousands' });
    expect(byText['millions']?.parsed).toEqual({ kind: 'number', qualifier: 'millions' });
  });

  it('finds its dates', () => {
    const dates = figures.filter((figure) => figure.kind === 'date').map((figure) => figure.text);
    expect(dates).toEqual([
      'October 28',
      'October 9 and November 20, 2001',
      'February 2002',
      'late 1990s',
      'late 2000s',
      'mid-1990s',
      '2003',
      'between 2003 and 2023',
      '2003',
      '2006',
      'December 2011',
      '2015',
      'March 2021',
      'December 2021',
      'February',
      'September 2022',
      'November',
      'September last year',
      'October 24',
      'June',
      'May 2023',
      '2022',
      '2022',
    ]);
  });

  it('leaves out names with digits, ordinals and "the two …"', () => {
    const all = figures.map((figure) => figure.text).join(' | ');
    for (const name of ['19', '1.5', 'K-2', 'first', 'two', 'II']) expect(all).not.toMatch(new RegExp(`(^|\\W)${name}(\\W|$)`));
  });
});

describe('detectFigures on tricky text', () => {
  it('tells years from counts', () => {
    expect(detectFigures('In 2022, 2022 people signed.').map((figure) => [figure.text, figure.kind])).toEqual([
      ['2022', 'date'],
      ['2022 people', 'number'],
    ]);
    expect(texts('The 2,000 troops left in 1999.')).toEqual(['2,000 troops', '1999']);
  });

  it('skips numbers that name things', () => {
    expect(texts('Article 5 of the treaty, No. 3 on the list, COVID-19, the F-16 and K-2 tanks, G7 leaders, room #4')).toEqual([]);
    expect(texts('Apollo 11 and Windows 10 and Track 1.5 talks, a 5G network')).toEqual([]);
  });

  it('skips phone numbers, web and email addresses', () => {
    expect(texts('Call +44 20 7946 0958 or (555) 123-4567 or 555-123-4567.')).toEqual([]);
    expect(texts('See https://example.org/2024/05/report-12 or mail desk2024@example.org.')).toEqual([]);
  });

  it('skips ordinals but keeps decades, centuries and times', () => {
    expect(texts('the first visit, the 3rd time')).toEqual([]);
    expect(texts('in the 1990s and the ’80s, in the 21st century')).toEqual(['1990s', '80s', '21st century']);
    expect(texts('at 5 p.m., at 17:30 and at 9am')).toEqual(['5 p.m.', '17:30', '9am']);
  });

  it('keeps bare numbers and number words with a counted noun', () => {
    expect(texts('The toll rose to 45. Five soldiers and one officer died; one of them was 19.')).toEqual(['45', 'Five soldiers', '19']);
  });

  it('does not run across a paragraph break', () => {
    expect(texts('They built 300\n\nhouses.')).toEqual(['300']);
    expect(texts('They built 300\nhouses.')).toEqual(['300\nhouses']);
  });

  it('handles 500 KB in well under a few seconds', () => {
    const long = Array.from({ length: 32 }, () => article).join('\n\n');
    const started = performance.now();
    expect(detectFigures(long).length).toBe(32 * detectFigures(article).length);
    expect(performance.now() - started).toBeLessThan(5000); // a guard against quadratic blow-ups, not a benchmark
  });
});

describe('money in the world’s currencies', () => {
  const money = (input: string) => detectFigures(input).map((figure) => [figure.text, figure.unit, figure.value]);

  it('reads signs, codes, abbreviations and names, each typed with its ISO 4217 code', () => {
    expect(money('They paid ZAR 2.4 billion, INR 50 crore, ₦400 million and CHF 12m.')).toEqual([
      ['ZAR 2.4 billion', 'ZAR', 2.4e9],
      ['INR 50 crore', 'INR', 5e8],
      ['₦400 million', 'NGN', 4e8],
      ['CHF 12m', 'CHF', 12e6],
    ]);
    expect(money('Worth R500 million, Rs 300 crore, Rs. 45, RM20 billion, Rp 3 trillion and R$ 2 billion.')).toEqual([
      ['R500 million', 'ZAR', 5e8],
      ['Rs 300 crore', 'INR', 3e9],
      ['Rs. 45', 'INR', 45],
      ['RM20 billion', 'MYR', 2e10],
      ['Rp 3 trillion', 'IDR', 3e12],
      ['R$ 2 billion', 'BRL', 2e9],
    ]);
    expect(money('It cost 4.5 billion yen, 3 million yuan, 15 million roubles, 20 billion rand and 10 billion reais.')).toEqual([
      ['4.5 billion yen', 'JPY', 4.5e9],
      ['3 million yuan', 'CNY', 3e6],
      ['15 million roubles', 'RUB', 15e6],
      ['20 billion rand', 'ZAR', 2e10],
      ['10 billion reais', 'BRL', 1e10],
    ]);
  });

  it('reads names with their country, from the Unicode data, before the bare name', () => {
    expect(
      money('Deals of 4 million Swiss francs, 3 million Swedish kronor, 8 billion Danish kroner and 2 million Mexican pesos.'),
    ).toEqual([
      ['4 million Swiss francs', 'CHF', 4e6],
      ['3 million Swedish kronor', 'SEK', 3e6],
      ['8 billion Danish kroner', 'DKK', 8e9],
      ['2 million Mexican pesos', 'MXN', 2e6],
    ]);
    expect(money('Loans of 900 billion North Korean won and 5 million Hong Kong dollars.')).toEqual([
      ['900 billion North Korean won', 'KPW', 9e11],
      ['5 million Hong Kong dollars', 'HKD', 5e6],
    ]);
  });

  it('takes a name that is also a word ("won") as money only after a large amount', () => {
    expect(money('A budget of 2 billion won; 4,000 won a day.')).toEqual([
      ['2 billion won', 'KRW', 2e9],
      ['4,000 won', 'KRW', 4000],
    ]);
    expect(detectFigures('The top 3 won prizes.').every((figure) => figure.kind !== 'money')).toBe(true);
    expect(detectFigures('ALL 50 members voted; TOP 10 lists.').every((figure) => figure.kind !== 'money')).toBe(true);
  });
});
