import { parsePlainText } from '../plain-text/parse-plain-text';
import type { ImportedDocument } from '../types';

export function importPlainText(raw: string): ImportedDocument {
  const { title, blocks, urls } = parsePlainText(raw);
  return { title, byline: null, publishedAt: null, blocks, urls };
}
