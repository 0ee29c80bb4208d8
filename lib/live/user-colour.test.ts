import { colord } from 'colord';
import { describe, expect, it } from 'vitest';
import { hueOf, initialsOf, solidColour, userColours } from './user-colour';

describe('user colours', () => {
  it('gives a user the same hue every time, and different users (mostly) different ones', () => {
    expect(hueOf('cm1abc')).toBe(hueOf('cm1abc'));
    const hues = new Set(['u1', 'u2', 'u3', 'u4', 'u5', 'u6'].map(hueOf));
    expect(hues.size).toBeGreaterThan(3);
    expect(userColours('u1').solid).toMatch(/^hsl\(\d+ /);
  });

  it('draws every hue dark enough for white initials to meet WCAG AA (4.5:1), read as whole RGB values as a browser draws it', () => {
    // WCAG 2's formula written out here, unrounded (colord's `contrast` rounds to hundredths).
    const ratio = (colour: string) => {
      const { r, g, b } = colord(colour).toRgb();
      const linear = (value: number) => (value / 255 <= 0.03928 ? value / 255 / 12.92 : ((value / 255 + 0.055) / 1.055) ** 2.4);
      return 1.05 / (0.2126 * linear(Math.round(r)) + 0.7152 * linear(Math.round(g)) + 0.0722 * linear(Math.round(b)) + 0.05);
    };
    const lowest = Math.min(...Array.from({ length: 360 }, (_, hue) => ratio(solidColour(hue))));
    expect(lowest).toBeGreaterThanOrEqual(4.5);
    expect(userColours('u1').solid).toBe(solidColour(hueOf('u1')));
  });

  it('takes initials from a name, or the first letter of an email', () => {
    expect(initialsOf('Dana Demo')).toBe('DD');
    expect(initialsOf('Ana María López')).toBe('AL');
    expect(initialsOf('kim@example.test')).toBe('K');
    expect(initialsOf('')).toBe('?');
  });
});
