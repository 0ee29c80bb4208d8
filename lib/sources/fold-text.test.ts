import { describe, expect, it } from 'vitest';
import { foldText, originalRange } from './fold-text';

describe('foldText', () => {
  it('folds spaces, quotation marks, dashes, case and invisible characters, remembering where each came from', () => {
    const original = 'It’s\u00A0\u00A0“Fine” —\n\tre\u00ADally `OK` İ';
    const folded = foldText(original);
    expect(folded.text).toBe("it's \"fine\" - really 'ok' İ");
    const at = folded.text.indexOf('"fine"');
    expect(original.slice(originalRange(folded, at, at + 6).start, originalRange(folded, at, at + 6).end)).toBe('“Fine”');
    const really = folded.text.indexOf('really');
    const range = originalRange(folded, really, really + 6);
    expect(original.slice(range.start, range.end)).toBe('re\u00ADally');
  });
});
