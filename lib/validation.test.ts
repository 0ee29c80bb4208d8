import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { findNulCharacter } from './nul-character';
import { parseInput } from './validation';

describe('findNulCharacter', () => {
  it('names the first string or key holding U+0000, however deep', () => {
    expect(findNulCharacter({ title: 'fine', text: 'a\u0000b' })).toBe('text');
    expect(findNulCharacter({ content: [{ attrs: { 'x\u0000': 1 } }] })).toBe('content.0.attrs.x\u0000');
    let deep: unknown = 'end\u0000';
    for (let level = 0; level < 10_000; level++) deep = [deep];
    expect(findNulCharacter(deep)).toMatch(/^0(\.0)*$/);
    expect(findNulCharacter({ text: 'no nul: \\u0000 is six characters', n: 0, list: [null, true] })).toBeNull();
  });
});

describe('parseInput', () => {
  it('refuses U+0000 with a 422 naming the field, before the schema (which would accept it)', () => {
    const schema = z.object({ text: z.string() });
    expect(parseInput(schema, { text: 'ok' })).toEqual({ text: 'ok' });
    try {
      parseInput(schema, { text: 'a\u0000' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'invalid', fieldErrors: { text: [expect.stringContaining('U+0000')] } });
    }
  });
});
