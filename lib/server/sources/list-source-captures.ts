import 'server-only';
import { getDb } from '@/lib/db';

/** How many captures a source page lists (the newest); a source checked daily for years has thousands. */
export const CAPTURES_LISTED = 200;

type CaptureRow = {
  id: string;
  finalUrl: string;
  httpStatus: number | null;
  contentType: string | null;
  title: string | null;
  sha256: string | null;
  error: string | null;
  byteLength: number | null;
  trigger: string;
  capturedAt: Date;
  /** md5 of the extracted text, to tell whether the text changed without loading it */
  textHash: string | null;
  textLength: number | null;
};

/**
 * A source's captures, newest first, without their texts. Each says whether its text differs
 * from the previous capture that has a text (failed captures have none and are skipped over).
 * The caller has already checked that the source is the member's.
 */
export async function listSourceCaptures(sourceId: string) {
  const rows = await getDb().$queryRaw<CaptureRow[]>`
    SELECT id, "finalUrl", "httpStatus", "contentType", title, sha256, error, "byteLength", trigger, "capturedAt",
           md5(text) AS "textHash", length(text)::int AS "textLength"
    FROM "SourceCapture" WHERE "sourceId" = ${sourceId}
    ORDER BY "capturedAt" DESC, id DESC
    LIMIT ${CAPTURES_LISTED}`;
  return rows.map(({ textHash, ...capture }, index) => {
    const previous = textHash === null ? undefined : rows.slice(index + 1).find((older) => older.textHash !== null);
    return {
      ...capture,
      hasText: textHash !== null,
      previousId: previous?.id ?? null,
      textChanged: previous ? previous.textHash !== textHash : false,
    };
  });
}

export type SourceCaptureSummary = Awaited<ReturnType<typeof listSourceCaptures>>[number];
