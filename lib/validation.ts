import { z } from 'zod';
import { AppError } from '@/lib/errors';

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

/** Parses input at a boundary; invalid input becomes a 422 AppError naming the fields. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const nul = findNulCharacter(input);
  if (nul !== null) {
    const message = 'Text cannot contain the NUL character (U+0000).';
    throw new AppError('invalid', message, { [nul]: [message] });
  }
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join('.') || '_';
    (fieldErrors[key] ??= []).push(issue.message);
  }
  const first = result.error.issues[0]?.message ?? 'Invalid input.';
  throw new AppError('invalid', first, fieldErrors);
}

/** FormData → plain object (last value wins), for zod. */
export function formDataToObject(formData: FormData): Record<string, FormDataEntryValue> {
  return Object.fromEntries(formData.entries());
}
