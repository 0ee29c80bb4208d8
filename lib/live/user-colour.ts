/** A hue (0–359) that stays the same for a user everywhere: a small string hash of the id. */
export function hueOf(userId: string) {
  let hash = 0;
  for (let index = 0; index < userId.length; index += 1) hash = (hash * 31 + userId.charCodeAt(index)) | 0;
  return Math.abs(hash) % 360;
}

/** Colours of one person: a solid one for the avatar and the label, a light tint for their selection. */
export function userColours(userId: string) {
  const hue = hueOf(userId);
  return { solid: `hsl(${hue} 60% 38%)`, tint: `hsl(${hue} 85% 55% / 0.28)` };
}

/** One or two letters for an avatar: "Dana Demo" → "DD", "kim@x.test" → "K". */
export function initialsOf(name: string) {
  const words = name
    .split('@')[0]!
    .split(/[\s._-]+/)
    .filter(Boolean);
  return (words.length > 1 ? words[0]![0]! + words[words.length - 1]![0]! : (words[0]?.[0] ?? '?')).toUpperCase();
}
