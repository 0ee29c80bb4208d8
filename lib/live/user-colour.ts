import { colord, extend } from 'colord';
import a11yPlugin from 'colord/plugins/a11y';

extend([a11yPlugin]);

/** WCAG AA for small text: the white initials on an avatar. */
const MIN_CONTRAST = 4.5;

/** The lightest shade of the hue, from 38% down, on which white text meets MIN_CONTRAST (yellows need darker ones than blues). */
function solidLightness(hue: number) {
  let lightness = 38;
  while (lightness > 10 && colord({ h: hue, s: 60, l: lightness }).contrast('#ffffff') < MIN_CONTRAST) lightness -= 1;
  return lightness;
}

/** A hue (0–359) that stays the same for a user everywhere: a small string hash of the id. */
export function hueOf(userId: string) {
  let hash = 0;
  for (let index = 0; index < userId.length; index += 1) hash = (hash * 31 + userId.charCodeAt(index)) | 0;
  return Math.abs(hash) % 360;
}

/** Colours of one person: a solid one for the avatar and the label, a light tint for their selection. */
export function userColours(userId: string) {
  const hue = hueOf(userId);
  return { solid: `hsl(${hue} 60% ${solidLightness(hue)}%)`, tint: `hsl(${hue} 85% 55% / 0.28)` };
}

/** One or two letters for an avatar: "Dana Demo" → "DD", "kim@x.test" → "K". */
export function initialsOf(name: string) {
  const words = name
    .split('@')[0]!
    .split(/[\s._-]+/)
    .filter(Boolean);
  return (words.length > 1 ? words[0]![0]! + words[words.length - 1]![0]! : (words[0]?.[0] ?? '?')).toUpperCase();
}
