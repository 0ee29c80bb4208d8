import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { findNulCharacter, NUL_MESSAGE } from '@/lib/nul-character';

/** Parses input at a boundary; invalid input becomes a 422 AppError naming the fields. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const nul = findNulCharacter(input);
  if (nul !== null) {
    throw new AppError('invalid', NUL_MESSAGE, { [nul]: [NUL_MESSAGE] });
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
