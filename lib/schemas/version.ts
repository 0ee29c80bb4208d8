import { z } from 'zod';

/** The version of an object the client read (a hidden form field, or a number in JSON). */
export const ZVersion = z.coerce.number({ message: 'Reload the page: this form is missing its version.' }).int().min(1);

/** Optional for deletes and older callers: checked when sent, ignored when absent or empty. */
export const ZOptionalVersion = z.preprocess((value) => (value === '' || value === null ? undefined : value), ZVersion.optional());
