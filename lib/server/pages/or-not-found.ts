import 'server-only';
import { notFound } from 'next/navigation';
import { AppError } from '@/lib/errors';

/** For pages: an AppError "not found" renders the 404 page; anything else propagates. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  }
}
