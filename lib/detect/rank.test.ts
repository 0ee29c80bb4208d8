import { describe, expect, it } from 'vitest';
import { detectFigures } from './index';
import { figureTier } from './rank';

describe('figureTier', () => {
  it('puts money, percentages, large or hedged amounts and full dates before bare years and small counts', () => {
    const text =
      'In 2022, two officials said $14 billion went to 16,500 containers, over 40 ships and 12% of the budget, on October 9, 2001, and in the late 1990s.';
    const tiers = Object.fromEntries(detectFigures(text).map((figure) => [figure.text, figureTier(figure)]));
    expect(tiers).toEqual({
      '2022': 2,
      'two officials': 2,
      '$14 billion': 0,
      '16,500 containers': 0,
      'over 40 ships': 0,
      '12%': 0,
      'October 9, 2001': 0,
      'late 1990s': 0,
    });
  });
});
