// Runs a server action's work and turns errors into results the form can show.
import { unstable_rethrow } from 'next/navigation';
import { toAppError, type ActionResult } from '@/lib/errors';

export async function runAction<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    unstable_rethrow(error); // redirect() and notFound() are control flow, not failures
    const appError = toAppError(error);
    if (appError) {
      return { ok: false, code: appError.code, error: appError.message, fieldErrors: appError.fieldErrors };
    }
    console.error(error);
    return { ok: false, code: 'internal', error: 'Something went wrong on our side. Please try again.' };
  }
}
