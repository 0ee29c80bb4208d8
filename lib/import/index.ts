// lib/import: pure functions that turn what users bring into clean blocks.
export { parsePlainText, type ParsedBlock, type ParsedText } from './plain-text/parse-plain-text';
export { importPlainText } from './formats/import-plain-text';
export { importHtml } from './formats/import-html';
export { importFile, SUPPORTED_EXTENSIONS } from './import-file';
export { ImportError, type ImportedDocument, type ImportProgress, type OnProgress } from './types';
