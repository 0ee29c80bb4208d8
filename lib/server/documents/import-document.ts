import 'server-only';
import type { ImportedDocument } from '@/lib/import';
import { citationNotice } from '@/lib/import/citations';
import type { VersionOrigin } from '@/lib/generated/prisma/enums';
import { AppError } from '@/lib/errors';
import { createDocument } from './create-document';

const UNTITLED = 'Untitled document';

function titleFrom(imported: ImportedDocument, given: string | null | undefined): string {
  const first = imported.blocks[0]?.text ?? '';
  const fromText =
    first.length > 90
      ? `${first
          .slice(0, 87)
          .replace(/\s\S*$/, '')
          .trimEnd()}…`
      : first;
  return (given || imported.title || fromText || UNTITLED).slice(0, 300);
}

/** Stores what an importer produced as a new document (version 1) with its sources and the citations of its links. */
export async function importDocument({
  workspaceId,
  userId,
  imported,
  origin,
  title,
  originUrl = null,
}: {
  workspaceId: string;
  userId: string;
  imported: ImportedDocument;
  origin: VersionOrigin;
  title?: string | null;
  originUrl?: string | null;
}) {
  if (imported.blocks.length === 0) throw new AppError('invalid', 'There is no text to import.', { text: ['There is no text to import.'] });
  const document = await createDocument({
    workspaceId,
    userId,
    title: titleFrom(imported, title),
    byline: imported.byline,
    publishedAt: imported.publishedAt,
    originUrl,
    blocks: imported.blocks,
    urls: imported.urls,
    origin,
  });
  return { ...document, notice: citationNotice(document.citations.leftOut) };
}
