import { describe, expect, it } from 'vitest';
import { codePointIndex } from './w3c-code-points';

describe('codePointIndex', () => {
  it('is the identity on text without astral characters', () => {
    const index = codePointIndex('plain text, é and ü included');
    expect(index.toCodePoints(12)).toBe(12);
    expect(index.toUnits(12)).toBe(12);
  });

  it('counts each emoji as one code point and two units, as Array.from does', () => {
    const text = 'a😀b𝔸c😀😀d';
    const index = codePointIndex(text);
    const points = Array.from(text);
    expect(index.length).toBe(points.length);
    for (let point = 0; point <= points.length; point++) {
      const units = points.slice(0, point).join('').length;
      expect(index.toUnits(point)).toBe(units);
      expect(index.toCodePoints(units)).toBe(point);
    }
    expect(index.toUnits(points.length + 1)).toBeNull();
    expect(index.toUnits(-1)).toBeNull();
  });

  it('treats a lone surrogate as one character', () => {
    const text = 'a\ud800b\udc00c';
    const index = codePointIndex(text);
    expect(index.length).toBe(text.length);
    expect(index.toUnits(3)).toBe(3);
  });
});
