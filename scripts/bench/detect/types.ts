/** A hand-marked text: the figures a fact-checker would flag, and the sentences worth checking. */
export type HandMarkedText = {
  name: string;
  text: string;
  /** Each figure as it is written, in document order (a repeated figure is listed again). */
  figures: string[];
  /** The opening words of each check-worthy sentence, in document order. */
  claims: string[];
};
