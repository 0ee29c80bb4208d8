// Short news-style texts written for this benchmark, with their hand lists. They hold the
// cases the fixture lacks: money in several currencies, percentages, number words, ranges,
// times, and numbers that name things ("Article 5", "COVID-19", phone numbers).
import type { HandMarkedText } from './types';

export const OWN_TEXTS: HandMarkedText[] = [
  {
    name: 'budget',
    text: [
      'LONDON — The government will spend £3.2bn on new hospitals over the next five years, the Treasury said on Tuesday.',
      'According to the Office for Budget Responsibility, borrowing reached £14.5 billion in March 2024, the highest figure for that month since records began in 1993.',
      'Unemployment rose to 4.3% in the three months to June, up 0.2 percentage points, while about 1.2 million people were out of work.',
      'Dr. Sarah Jones, chief economist at the U.K. think tank Resolution, said: “This is the largest increase in a decade.”',
      'Inflation stood at 2.1 per cent, down from a peak of 11.1% in October 2022.',
      '\n\nArticle 5 of the fiscal rules requires debt to fall within five years. Call 020 7946 0958 for details.',
      'The chancellor met dozens of business leaders at No. 11 Downing Street at 9:30 a.m. on 12 June 2024.',
      'Ministers hope the plan will restore confidence.',
    ].join(' '),
    figures: [
      '£3.2bn', 'five years', '£14.5 billion', 'March 2024', '1993', '4.3%', 'three months', 'June',
      '0.2 percentage points', 'about 1.2 million people', '2.1 per cent', '11.1%', 'October 2022', 'five years',
      'dozens of business leaders', '9:30 a.m.', '12 June 2024',
    ],
    claims: [
      'LONDON — The government', 'According to the Office', 'Unemployment rose', 'Dr. Sarah Jones', 'Inflation stood',
      'Article 5 of the fiscal rules', 'The chancellor met',
    ],
  },
  {
    name: 'relief',
    text: [
      'At least 42 people were killed and more than 300 injured when a COVID-19 field hospital was hit on Monday, the UN said.',
      'The World Health Organization reported that between 2,000 and 3,000 families had fled the area since mid-January.',
      'A spokesman for the U.S. State Department said Washington would send $75 million in aid, adding that two-thirds of the region’s 1.8m residents depend on food deliveries.',
      'The F-16 jets, supplied under a 2019 agreement, flew 120 missions in the first week of the offensive.',
      'Officials said one in five children was malnourished.',
      '\n\nThe first convoy, of 25 trucks, arrived at 14:00 local time. Resolution 2231 was cited by both sides.',
      'Casualties have doubled since the 1990s, according to a report by Dr. Emma Li, No. 2 at the agency.',
      'Aid workers fear the worst is yet to come.',
    ].join(' '),
    figures: [
      'At least 42 people', 'more than 300', 'between 2,000 and 3,000 families', 'mid-January', '$75 million',
      'two-thirds of', '1.8m residents', '2019', '120 missions', 'one in five children', '25 trucks', '14:00', '1990s',
    ],
    claims: [
      'At least 42 people', 'The World Health Organization', 'A spokesman for the U.S.', 'The F-16 jets',
      'Officials said one in five', 'The first convoy', 'Resolution 2231', 'Casualties have doubled',
    ],
  },
  {
    name: 'sport',
    text: [
      'Norway’s Karsten Warholm set a world record of 45.94 seconds in Tokyo on August 3, 2021, beating his own mark by 0.76 seconds.',
      'Nearly half of the 11,000 athletes were vaccinated, organisers said.',
      'The stadium, which cost ¥157bn, holds 68,000 spectators but only 950 officials attended.',
      'Two weeks later, a 3.2m wall collapsed at the training site.',
      '\n\nThe 2020s have seen twenty-three new national records, three times as many as in the previous decade.',
      'Apollo 11 landed in 1969; Windows 10 was released on 29 July 2015. Temperatures reached 34°C on Friday.',
      'The team won 3-1 and ranked No. 4 in the world.',
      'One of the coaches, a 58-year-old former sprinter, earned €1.5 million last year.',
      'She said the federation’s budget grew by 12% to EUR 3.2m. Fans loved every minute of it.',
    ].join(' '),
    figures: [
      '45.94 seconds', 'August 3, 2021', '0.76 seconds', 'half of', '11,000 athletes', '¥157bn', '68,000 spectators',
      '950 officials', 'Two weeks', '3.2m', '2020s', 'twenty-three new national records', 'three times', '1969',
      '29 July 2015', '34°C', '3-1', 'No. 4', '58-year-old', '€1.5 million', '12%', 'EUR 3.2m',
    ],
    claims: [
      'Norway’s Karsten Warholm', 'Nearly half', 'The stadium', 'Two weeks later', 'The 2020s', 'Apollo 11',
      'Temperatures reached', 'The team won', 'One of the coaches', 'She said',
    ],
  },
];
