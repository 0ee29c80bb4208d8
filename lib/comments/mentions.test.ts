import { describe, expect, it } from 'vitest';
import { decodeMentions, encodeMentions, excerpt, mentionsToText, parseMentionIds, splitMentions } from './mentions';

const ana = { id: 'u_ana', name: 'Ana' };
const anaMaria = { id: 'u_anamaria', name: 'Ana Maria' };

describe('mentions', () => {
  it('encodes picked members, longer names first, and only whole names', () => {
    const body = encodeMentions('@Ana Maria and @Ana, see p. 3; @Anabel is not picked', [ana, anaMaria]);
    expect(body).toBe('@[Ana Maria](u_anamaria) and @[Ana](u_ana), see p. 3; @Anabel is not picked');
    expect(parseMentionIds(body)).toEqual(['u_anamaria', 'u_ana']);
  });

  it('splits a body into text and mentions, and reads back as typed', () => {
    const body = 'Ask @[Ana](u_ana) about <b>16,500</b> @[Ana](u_ana)';
    expect(splitMentions(body)).toEqual([
      { type: 'text', text: 'Ask ' },
      { type: 'mention', userId: 'u_ana', name: 'Ana' },
      { type: 'text', text: ' about <b>16,500</b> ' },
      { type: 'mention', userId: 'u_ana', name: 'Ana' },
    ]);
    expect(parseMentionIds(body)).toEqual(['u_ana']);
    expect(mentionsToText(body)).toBe('Ask @Ana about <b>16,500</b> @Ana');
    expect(decodeMentions(body)).toEqual({ text: 'Ask @Ana about <b>16,500</b> @Ana', picked: [ana, ana] });
  });

  it('keeps names from breaking the token', () => {
    expect(encodeMentions('@Odd] Name', [{ id: 'u1', name: 'Odd] Name' }])).toBe('@[Odd  Name](u1)');
  });

  it('gives the first words of a long body', () => {
    expect(
      excerpt('@[Ana](u_ana)   the figure\nis from the 2023 briefing, page 4, which says “over 16,500 containers” were shipped.', 40),
    ).toBe('@Ana the figure is from the 2023…');
  });
});
