// Stretches whose digits are never figures: web addresses, email addresses, phone numbers.
import type { Span } from './types';

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"”]+/giu;
// A local part has at most 64 characters (RFC 5321): the bound keeps a long run of letters or dots
// from being rescanned to its end from each of its characters.
const EMAIL = /[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+/gu;
// "+44 20 7946 0958", "(555) 123-4567", "555-123-4567", "020 7946 0958"
const PHONE = /(?<![\w.,])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d{2,5}(?:[ .-]\d{2,5}){1,4}(?![\w,]|\.\d)/gu;

function isPhoneLike(match: string): boolean {
  const digits = match.replace(/\D/g, '').length;
  const groups = match.split(/[ .()-]+/).filter(Boolean).length;
  if (/^\d{4}-\d{2}-\d{2}$/.test(match)) return false; // an ISO date
  if (digits < 7 || digits > 15) return false;
  return match.startsWith('+') || match.startsWith('(') || groups >= 3 || /^\d{3}-\d{4}$/.test(match);
}

export function findMasks(text: string): Span[] {
  const spans: Span[] = [];
  for (const pattern of [URL, EMAIL]) {
    for (const match of text.matchAll(pattern)) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(PHONE)) {
    if (isPhoneLike(match[0])) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans.sort((a, b) => a.start - b.start);
}
