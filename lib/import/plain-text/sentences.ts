// Does a piece of text end a sentence, or does the next piece continue it?

// Closing quotes and brackets may follow the final punctuation: `…security.”`
const SENTENCE_END = /[.!?…:;]["'”’»)\]]*$/u;

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trimEnd());
}

export function startsLowercase(text: string): boolean {
  return /^["'“‘(]*\p{Ll}/u.test(text);
}

/** Joins two wrapped pieces: a line-end hyphen stays ("sanctions-" + "based"), else a space. */
export function joinWrapped(left: string, right: string): string {
  return /[-‐]$/.test(left) && /^\p{L}/u.test(right) ? left + right : `${left} ${right}`;
}
