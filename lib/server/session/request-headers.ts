import 'server-only';
import { headers } from 'next/headers';

/** The current request's headers, or none outside a request (a command-line tool, a job). */
export async function requestHeaders(): Promise<Headers> {
  try {
    return new Headers(await headers());
  } catch {
    return new Headers();
  }
}
