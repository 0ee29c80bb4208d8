// The file types an import takes, on their own: pages name them without loading the parsers
// (pdf.js's legacy build replaces JSON.parse and JSON.stringify with slower polyfills in the
// process that loads it, which must be a worker thread, never the one answering requests).
export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.pdf', '.docx'] as const;
