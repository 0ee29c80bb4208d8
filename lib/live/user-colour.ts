import { colord } from 'colord';

/** WCAG AA for small text: the white initials on an avatar. */
const MIN_CONTRAST = 4.5;

/**
 * White's contrast ratio on a colour (WCAG 2), exact: colord's own `contrast` is rounded to
 * hundredths, and a 4.495 it calls 4.5 fails a checker that reads the colour as the browser draws
 * it (whole RGB values), as axe does.
 */
function contrastWithWhite(colour: string) {
  const { r, g, b } = colord(colour).toRgb();
  const linear = (value: number) => {
    const channel = Math.round(value) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  return 1.05 / (luminance + 0.05);
}

const solidByHue = new Map<number, string>();

/** The lightest shade of the hue, from 38% down, on which white text meets MIN_CONTRAST (yellows need darker ones than blues); worked out once per hue. */
export function solidColour(hue: number) {
  const known = solidByHue.get(hue);
  if (known) return known;
  let lightness = 38;
  while (lightness > 10 && contrastWithWhite(`hsl(${hue} 60% ${lightness}%)`) < MIN_CONTRAST) lightness -= 1;
  const solid = `hsl(${hue} 60% ${lightness}%)`;
  solidByHue.set(hue, solid);
  return solid;
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
  return { solid: solidColour(hue), tint: `hsl(${hue} 85% 55% / 0.28)` };
}

/** One or two letters for an avatar: "Dana Demo" → "DD", "kim@x.test" → "K". */
export function initialsOf(name: string) {
  const words = name
    .split('@')[0]!
    .split(/[\s._-]+/)
    .filter(Boolean);
  return (words.length > 1 ? words[0]![0]! + words[words.length - 1]![0]! : (words[0]?.[0] ?? '?')).toUpperCase();
}
