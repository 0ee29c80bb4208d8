// Picks the importer for an uploaded file by its extension (and, failing that, its type).
import { importDocx } from './formats/import-docx';
import { importHtml } from './formats/import-html';
import { importMarkdown } from './formats/import-markdown';
import { importPdf } from './formats/import-pdf';
import { importPlainText } from './formats/import-plain-text';
import { SUPPORTED_EXTENSIONS } from './extensions';
import { ImportError, type ImportedDocument, type OnProgress } from './types';

export { SUPPORTED_EXTENSIONS };

const BY_TYPE: Record<string, string> = {
  'text/plain': '.txt',
  'text/markdown': '.md',
  'text/html': '.html',
  'application/pdf': '.pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
};

function kindOf(name: string, type: string): string | null {
  const extension = /\.[a-z0-9]+$/i.exec(name)?.[0]?.toLowerCase();
  if (extension && (SUPPORTED_EXTENSIONS as readonly string[]).includes(extension)) return extension;
  return BY_TYPE[type.split(';')[0]!.trim()] ?? null;
}

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new ImportError('This text file is not UTF-8 text. Save it as UTF-8 and try again.');
  }
}

const withoutExtension = (name: string) =>
  name
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/[_-]+/g, ' ')
    .trim() || null;

export async function importFile(
  file: { name: string; type: string; bytes: Uint8Array },
  onProgress?: OnProgress,
): Promise<ImportedDocument> {
  const kind = kindOf(file.name, file.type);
  let imported: ImportedDocument;
  switch (kind) {
    case '.pdf':
      imported = await importPdf(file.bytes, onProgress);
      break;
    case '.docx':
      imported = await importDocx(file.bytes);
      break;
    case '.html':
    case '.htm':
      imported = importHtml(decodeText(file.bytes));
      break;
    case '.md':
    case '.markdown':
      imported = importMarkdown(decodeText(file.bytes));
      break;
    case '.txt':
      imported = importPlainText(decodeText(file.bytes));
      break;
    default:
      throw new ImportError(`Margin cannot import “${file.name}”. Supported files: ${SUPPORTED_EXTENSIONS.join(', ')}.`);
  }
  if (imported.blocks.length === 0) throw new ImportError(`“${file.name}” contains no text to import.`);
  return { ...imported, title: imported.title ?? withoutExtension(file.name) };
}
