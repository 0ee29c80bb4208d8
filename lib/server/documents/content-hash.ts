import 'server-only';
import { createHash } from 'node:crypto';

// Here, not in lib/text-model (which the document page's client code imports): node:crypto in a
// client module makes the bundler ship crypto-browserify with its buffer, stream and util
// polyfills to the browser, evaluated on every load of the document page.

/** The SHA-256 of a version's plain text (hex), stored with the version. */
export function contentHash(plainText: string): string {
  return createHash('sha256').update(plainText, 'utf8').digest('hex');
}
