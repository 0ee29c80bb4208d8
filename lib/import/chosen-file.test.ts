import { describe, expect, it } from 'vitest';
import { chosenFileProblem } from './chosen-file';

const rules = { maxBytes: 1024 * 1024, tooLarge: 'Files up to 1 MB can be imported.', extensions: ['.txt', '.pdf'] };

describe('chosenFileProblem', () => {
  it('accepts a supported file within the limit, whatever the case of its extension', () => {
    expect(chosenFileProblem({ name: 'Report.PDF', size: 10 }, rules)).toBeNull();
    expect(chosenFileProblem({ name: 'notes.txt', size: 1024 * 1024 }, rules)).toBeNull();
  });
  it('says an empty file is empty, a large one how large, an unsupported one which types are', () => {
    expect(chosenFileProblem({ name: 'a.txt', size: 0 }, rules)).toMatch(/“a.txt” is empty \(0 bytes\)/);
    expect(chosenFileProblem({ name: 'big.pdf', size: 3 * 1024 * 1024 }, rules)).toBe(
      'Files up to 1 MB can be imported. “big.pdf” is 3 MB.',
    );
    expect(chosenFileProblem({ name: 'sheet.xlsx', size: 10 }, rules)).toBe(
      '“sheet.xlsx” is not a file Margin can import: choose a .txt, .pdf file.',
    );
  });
  it('takes any type when no extensions are given', () => {
    expect(chosenFileProblem({ name: 'photo.heic', size: 10 }, { ...rules, extensions: [] })).toBeNull();
  });
});
