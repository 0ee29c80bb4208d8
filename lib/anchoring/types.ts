// W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors), over the
// plain text of a version (lib/text-model).
export type TextQuoteSelector = { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
export type TextPositionSelector = { type: 'TextPositionSelector'; start: number; end: number };
export type Selector = TextQuoteSelector | TextPositionSelector;
export type TextRange = { start: number; end: number };
