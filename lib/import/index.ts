// lib/import: pure functions that turn what users bring into clean blocks.
export { parsePlainText, type ParsedBlock, type ParsedText } from './plain-text/parse-plain-text';
