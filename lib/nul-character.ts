// U+0000, which PostgreSQL stores in neither text nor JSON: input holding it is refused where it
// comes in (parseInput, the claim filters of a URL), not by the database.

export const NUL_MESSAGE = 'Text cannot contain the NUL character (U+0000).';

/**
 * The path of the first string (value or key) in `input` holding U+0000, which PostgreSQL stores
 * in neither text nor JSON; null when there is none. Walks without recursion: input may nest deep.
 */
export function findNulCharacter(input: unknown): string | null {
  const stack: [unknown, string][] = [[input, '']];
  while (stack.length) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return path || '_';
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const itemPath = path ? `${path}.${key}` : key;
        if (key.includes('\u0000')) return itemPath;
        stack.push([item, itemPath]);
      }
    }
  }
  return null;
}
