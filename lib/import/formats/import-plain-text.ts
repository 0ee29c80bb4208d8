import { parsePlainText } from '../plain-text/parse-plain-text';
import type { ImportedDocument } from '../types';

export function importPlainText(raw: string): ImportedDocument {
  return parsePlainText(raw);
}
