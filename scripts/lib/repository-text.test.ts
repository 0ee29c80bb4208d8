// The repository's own text: no merge left half done, and nothing that points outside it (a
// newcomer has only what is here; docs/ says what they need).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const TEXT = /\.(?:ts|tsx|mjs|js|json|md|css|sql|prisma|yml|yaml|txt)$|^\.ci\/run$/;
const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((file) => TEXT.test(file) && fs.existsSync(path.join(root, file)));

function linesMatching(pattern: RegExp): string[] {
  return files.flatMap((file) =>
    fs
      .readFileSync(path.join(root, file), 'utf8')
      .split('\n')
      .flatMap((line, index) => (pattern.test(line) ? [`${file}:${index + 1}`] : [])),
  );
}

describe('the repository text', () => {
  it('is read from git', () => expect(files.length).toBeGreaterThan(100));

  it('holds no merge conflict markers', () => {
    expect(linesMatching(/^(?:<{7}|>{7})(?: |$)/)).toEqual([]);
  });

  it('draws every Markdown table with as many columns in its delimiter row as in its header', () => {
    const cells = (line: string) => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').length;
    const broken = files
      .filter((file) => file.endsWith('.md'))
      .flatMap((file) => {
        const lines = fs.readFileSync(path.join(root, file), 'utf8').split('\n');
        return lines.flatMap((line, index) =>
          /^\| ?-{3}/.test(line) && lines[index - 1]?.startsWith('|') && cells(line) !== cells(lines[index - 1]!)
            ? [`${file}:${index + 1}`]
            : [],
        );
      });
    expect(broken).toEqual([]);
  });

  it('points at no notes outside the repository', () => {
    expect(linesMatching(/\.\.\/shared\/|\/work\/shared/)).toEqual([]);
  });
});
