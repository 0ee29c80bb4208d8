// Mentions live in a comment's plain-text body as `@[Name](userId)` tokens: the name as it was
// written, and the id the server checks against the workspace's members. The comment box shows
// `@Name` and encodes the members picked there; the thread renders tokens as highlighted names.

const TOKEN = /@\[([^\]\n]{1,100})\]\(([\w-]{1,64})\)/g;

export type MentionedMember = { id: string; name: string };

export type BodySegment = { type: 'text'; text: string } | { type: 'mention'; userId: string; name: string };

export const mentionToken = (member: MentionedMember) => `@[${member.name.replace(/[\]\n]/g, ' ')}](${member.id})`;

/** The ids a body mentions, each once, in order of first mention. */
export function parseMentionIds(body: string): string[] {
  return [...new Set([...body.matchAll(TOKEN)].map((match) => match[2]!))];
}

/** The body as text and mention segments, for rendering (as text, never as HTML). */
export function splitMentions(body: string): BodySegment[] {
  const segments: BodySegment[] = [];
  let last = 0;
  for (const match of body.matchAll(TOKEN)) {
    if (match.index > last) segments.push({ type: 'text', text: body.slice(last, match.index) });
    segments.push({ type: 'mention', userId: match[2]!, name: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < body.length) segments.push({ type: 'text', text: body.slice(last) });
  return segments;
}

/** The body with each mention naming `rename(id)` instead (a workspace moved to another server gets new ids). */
export const renameMentions = (body: string, rename: (userId: string) => string) =>
  body.replace(TOKEN, (_token, name: string, userId: string) => `@[${name}](${rename(userId)})`);

/** The body as a person reads it: tokens become `@Name`. */
export const mentionsToText = (body: string) => body.replace(TOKEN, (_token, name: string) => `@${name}`);

/** The first words of a body, for a notification. */
export function excerpt(body: string, max = 80) {
  const text = mentionsToText(body).replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What the comment box sends: each `@Name` of a member picked while typing becomes their token.
 * Longer names first, so "@Ana Maria" is not taken for "@Ana".
 */
export function encodeMentions(text: string, picked: MentionedMember[]): string {
  const byLength = [...new Map(picked.map((member) => [member.name, member])).values()].sort((a, b) => b.name.length - a.name.length);
  if (byLength.length === 0) return text;
  const pattern = new RegExp(`@(${byLength.map((member) => escapeRegExp(member.name)).join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
  return text.replace(pattern, (_match, name: string) => mentionToken(byLength.find((member) => member.name === name)!));
}

/** The reverse, to edit a comment in the box: text with `@Name` and the members it names. */
export function decodeMentions(body: string): { text: string; picked: MentionedMember[] } {
  const picked = splitMentions(body).flatMap((segment) => (segment.type === 'mention' ? [{ id: segment.userId, name: segment.name }] : []));
  return { text: mentionsToText(body), picked };
}
