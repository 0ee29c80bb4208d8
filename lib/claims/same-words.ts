/** Whether two passages say the same words, whatever their spacing and line breaks. */
export const sameWords = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
