import { colord, extend } from 'colord';
import a11yPlugin from 'colord/plugins/a11y';
import { describe, expect, it } from 'vitest';
import { hueOf, initialsOf, userColours } from './user-colour';

describe('user colours', () => {
  it('gives a user the same hue every time, and different users (mostly) different ones', () => {
    expect(hueOf('cm1abc')).toBe(hueOf('cm1abc'));
    const hues = new Set(['u1', 'u2', 'u3', 'u4', 'u5', 'u6'].map(hueOf));
    expect(hues.size).toBeGreaterThan(3);
    expect(userColours('u1').solid).toMatch(/^hsl\(\d+ /);
  });

  it('draws every hue dark enough for white initials to meet WCAG AA (4.5:1)', () => {
    extend([a11yPlugin]);
    const lowest = Math.min(
      ...Array.from({ length: 360 }, (_, hue) => `u${hue}`).map((id) => colord(userColours(id).solid).contrast('#ffffff')),
    );
    expect(lowest).toBeGreaterThanOrEqual(4.5);
  });

  it('takes initials from a name, or the first letter of an email', () => {
    expect(initialsOf('Dana Demo')).toBe('DD');
    expect(initialsOf('Ana María López')).toBe('AL');
    expect(initialsOf('kim@example.test')).toBe('K');
    expect(initialsOf('')).toBe('?');
  });
});
