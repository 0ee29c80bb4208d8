import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlainText } from './parse-plain-text';

const fixture = fs.readFileSync(path.join(import.meta.dirname, '../../../prisma/seed/article.txt'), 'utf8');

describe('parsePlainText on the fixture (text copied out of a PDF)', () => {
  const parsed = parsePlainText(fixture);
  const texts = parsed.blocks.map((block) => block.text);

  it('finds the four headings, and only those', () => {
    expect(parsed.blocks.filter((block) => block.type === 'heading').map((block) => block.text)).toEqual([
      'The Slow Unraveling of the EU’s “Critical Engagement” Approach to North Korea',
      'Russia and North Korea: A Deepening Military Partnership',
      'Europe Reacts: Assessing and Addressing the Threat',
      'Conclusion',
    ]);
    expect(parsed.title).toBeNull();
  });

  it('takes the three cited URLs out of the body, in order', () => {
    expect(parsed.urls).toEqual([
      'https://www.politico.eu/article/north-korean-troops-are-now-in-kursk-to-help-russia-nato-confirms/',
      'https://reliefweb.int/report/democratic-peoples-republic-korea/eu-policy-democratic-peoples-republic-korea-dprk-supporting',
      'https://reliefweb.int/report/democratic-peoples-republic-korea/ec-democratic-peoples-republic-korea-dprk-country-strategy',
    ]);
    expect(texts.join('\n')).not.toContain('https://');
  });

  it('leaves no paragraph starting in mid-sentence', () => {
    const paragraphs = parsed.blocks.filter((block) => block.type === 'paragraph');
    for (const { text } of paragraphs) expect(text, text.slice(0, 60)).toMatch(/^["“‘]?[\p{Lu}\d]/u);
  });

  it('re-joins paragraphs cut by page breaks, wherever the cut falls', () => {
    expect(texts).toContainEqual(expect.stringContaining('This initial framework marked a peak in engagement, after which'));
    expect(texts).toContainEqual(expect.stringContaining('in December 2011, this pivot marked a significant change in EU priorities.'));
    expect(texts).toContainEqual(expect.stringContaining('The US echoed this sanctions-based approach in December 2021'));
    expect(texts).toContainEqual(expect.stringContaining('announced at the EU-Korea Summit in May 2023 in Seoul.'));
    expect(texts).toContainEqual(expect.stringContaining('During his summit with Polish President Andrzej Duda, Yoon pledged'));
  });

  it('keeps a paragraph whose author left off the full stop apart from the next one', () => {
    expect(texts).toContainEqual(expect.stringMatching(/refrained from taking independent measures$/));
    expect(texts).toContainEqual(expect.stringMatching(/^Over the years, EU policy toward North Korea/));
  });

  it('joins hard-wrapped lines and removes stray spaces and bars', () => {
    expect(texts).toContainEqual(
      expect.stringContaining('North Korea has shipped over 16,500 containers of munitions and related materiel'),
    );
    expect(texts).toContainEqual(expect.stringContaining('Japan and the EU launched a new security and defense partnership'));
    expect(texts).toContainEqual(expect.stringContaining('particularly in the absence of official dialogues. However, with North Korea’s'));
    for (const text of texts) {
      expect(text).not.toMatch(/\n| {2}|^\s|\s$/);
      expect(text).not.toContain('|');
    }
  });
});

describe('parsePlainText on other texts', () => {
  it('takes a leading title-case line as the title', () => {
    const parsed = parsePlainText(
      'Budget Gap Widens in Second Quarter\n\nThe deficit reached 4.1 per cent of output,\naccording to the statistics office.\n',
    );
    expect(parsed.title).toBe('Budget Gap Widens in Second Quarter');
    expect(parsed.blocks).toEqual([
      { type: 'paragraph', text: 'The deficit reached 4.1 per cent of output, according to the statistics office.' },
    ]);
  });

  it('does not take sentences, long lines or lowercase lines for headings', () => {
    const text = [
      'Prices rose sharply.',
      'This is a line in sentence case without a full stop',
      'Inflation In The Eurozone Fell To Its Lowest Level In Three Years As Energy Prices Continued To Ease Across Most Member States Over The Summer',
    ].join('\n\n');
    expect(parsePlainText(text).blocks.every((block) => block.type === 'paragraph')).toBe(true);
  });

  it('re-joins a sentence cut by a form feed and drops the page number', () => {
    const text = 'The ministry said the programme would cost about\n\f\n12\n\nthree billion euros over five years.\n\nA second paragraph.';
    expect(parsePlainText(text).blocks.map((block) => block.text)).toEqual([
      'The ministry said the programme would cost about three billion euros over five years.',
      'A second paragraph.',
    ]);
  });

  it('handles Windows line endings, tabs and non-breaking spaces', () => {
    const text =
      'Unemployment\u00a0fell to 5.2%\r\n\tin March, the lowest since 2008.\r\n\r\nWhat Comes Next\r\n\r\nEconomists expect a rise.';
    expect(parsePlainText(text).blocks).toEqual([
      { type: 'paragraph', text: 'Unemployment fell to 5.2% in March, the lowest since 2008.' },
      { type: 'heading', text: 'What Comes Next' },
      { type: 'paragraph', text: 'Economists expect a rise.' },
    ]);
  });

  it('collects URL lines anywhere, once each, and keeps URLs inside sentences', () => {
    const text = [
      'Sources',
      'https://example.org/report.pdf',
      '<https://example.org/data>',
      'The full report (https://example.org/report.pdf) was published in May.',
      'https://example.org/report.pdf',
      'ftp://example.org/not-a-web-source',
    ].join('\n');
    const parsed = parsePlainText(text);
    expect(parsed.urls).toEqual(['https://example.org/report.pdf', 'https://example.org/data']);
    expect(parsed.blocks.map((block) => block.text).join(' ')).toContain('(https://example.org/report.pdf) was published');
  });

  it('keeps a real table bar and a standalone separator', () => {
    const parsed = parsePlainText('Revenue grew 5% |\nyear on year.\n\nRegion | 2023 | 2024\n\nSales | 10 | 12');
    expect(parsed.blocks.map((block) => block.text)).toEqual(['Revenue grew 5% year on year.', 'Region | 2023 | 2024', 'Sales | 10 | 12']);
  });

  it('returns nothing for empty or whitespace-only input', () => {
    expect(parsePlainText('  \n\n \t ')).toEqual({ title: null, byline: null, publishedAt: null, blocks: [], urls: [] });
  });
});
