// Clock times: "17:30", "5 p.m.", "5pm", "10:15 a.m.", "9 o'clock". Kind 'date', unit 'time'.
import type { FigureMatch } from './match';
import { isGlued, symAt, wordAt } from './token-helpers';
import type { Token } from './tokens';

/** "am", "pm", "a.m.", "p.m." at tokens[index]: the half of the day and the index after it. */
function readMeridiem(tokens: Token[], index: number): { pm: boolean; end: number } | null {
  const word = wordAt(tokens, index);
  if (word === 'am' || word === 'pm') return { pm: word === 'pm', end: index + 1 };
  if (
    (word === 'a' || word === 'p') &&
    symAt(tokens, index + 1) === '.' &&
    wordAt(tokens, index + 2) === 'm' &&
    isGlued(tokens, index + 2)
  ) {
    const end = symAt(tokens, index + 3) === '.' && isGlued(tokens, index + 3) ? index + 4 : index + 3;
    return { pm: word === 'p', end };
  }
  return null;
}

export function matchTime(tokens: Token[], index: number): FigureMatch | null {
  const token = tokens[index];
  if (token?.type !== 'num' || (token.glued && tokens[index - 1]?.type !== 'sym')) return null;
  const clock = /^(\d{1,2})(?::|\.)(\d{2})$/.exec(token.text);
  const meridiem = readMeridiem(tokens, index + 1);
  if (wordAt(tokens, index + 1) === "o'clock" || wordAt(tokens, index + 1) === 'o’clock') {
    const hour = Number(token.text);
    return hour >= 1 && hour <= 12
      ? { end: index + 2, value: { kind: 'date', unit: 'time', time: `${String(hour).padStart(2, '0')}:00` } }
      : null;
  }
  let hour: number;
  let minute = 0;
  if (clock && (token.text.includes(':') || meridiem)) {
    hour = Number(clock[1]);
    minute = Number(clock[2]);
  } else if (/^\d{1,2}$/.test(token.text) && meridiem) {
    hour = Number(token.text);
  } else return null;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.pm ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return null;
  const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  return { end: meridiem?.end ?? index + 1, value: { kind: 'date', unit: 'time', time } };
}
