import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { normalizeSourceUrl, type NormalizedUrl } from '@/lib/sources/normalize-url';
import { wakeLinkChecks } from './link-check-scheduler';

/**
 * Makes each cited URL a Source of the workspace (one per normalised URL) and links it to the
 * document in order of appearance. URLs that are not http(s) are skipped. New sources are due
 * for capture at once; the link-health job is woken (after a moment, when this transaction has
 * committed) where it runs in this process.
 */
export async function linkDocumentSources(
  tx: DbTransaction,
  { workspaceId, documentId, userId, urls }: { workspaceId: string; documentId: string; userId: string; urls: string[] },
) {
  const normalized = new Map<string, NormalizedUrl>();
  for (const url of urls) {
    try {
      const source = normalizeSourceUrl(url);
      if (!normalized.has(source.normalizedUrl)) normalized.set(source.normalizedUrl, source);
    } catch {
      // not a web address: nothing to check it against
    }
  }
  let position = 0;
  for (const source of normalized.values()) {
    const { id } = await tx.source.upsert({
      where: { workspaceId_normalizedUrl: { workspaceId, normalizedUrl: source.normalizedUrl } },
      create: { workspaceId, ...source, addedById: userId, nextCheckAt: new Date() }, // due for capture at once
      update: {},
      select: { id: true },
    });
    await tx.documentSource.upsert({
      where: { documentId_sourceId: { documentId, sourceId: id } },
      create: { documentId, sourceId: id, position: position++ },
      update: {},
    });
  }
  wakeLinkChecks(2000);
  return normalized.size;
}
