// Sources, captures and evidence written straight into the test database, as the capture job
// would leave them: the specs then look at what the pages make of them. Nothing here fetches.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

type LinkStatus = 'unchecked' | 'alive' | 'redirected' | 'changed' | 'gone';

const newId = () => `e2e${randomBytes(10).toString('hex')}`;

async function withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error('DATABASE_URL is not set: run the e2e specs through `npm run test:e2e`.');
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The workspace of `slug` and its claims by statement. */
export function readDesk(slug: string) {
  return withClient(async (client) => {
    const { rows } = await client.query<{ workspaceId: string; claimId: string | null; statement: string | null }>(
      `SELECT w.id AS "workspaceId", c.id AS "claimId", c.statement FROM "Workspace" w LEFT JOIN "Claim" c ON c."workspaceId" = w.id WHERE w.slug = $1`,
      [slug],
    );
    if (rows.length === 0) throw new Error(`No workspace ${slug}`);
    const claims = new Map(rows.filter((row) => row.claimId).map((row) => [row.statement!, row.claimId!]));
    return { workspaceId: rows[0]!.workspaceId, claim: (statement: string) => claims.get(statement) ?? fail(`No claim “${statement}”`) };
  });
}

const fail = (message: string): never => {
  throw new Error(message);
};

export function insertSource(source: {
  workspaceId: string;
  url: string;
  title?: string;
  linkStatus: LinkStatus;
  lastError?: string;
  lastCheckedAt?: Date;
}) {
  const id = newId();
  const { hostname } = new URL(source.url);
  return withClient(async (client) => {
    await client.query(
      `INSERT INTO "Source" (id, "workspaceId", url, "normalizedUrl", domain, title, "linkStatus", "lastError", "lastCheckedAt", "statusChangedAt", "updatedAt")
       VALUES ($1, $2, $3, $3, $4, $5, $6::"LinkStatus", $7, $8, $8, now())`,
      [
        id,
        source.workspaceId,
        source.url,
        hostname,
        source.title ?? null,
        source.linkStatus,
        source.lastError ?? null,
        source.lastCheckedAt ?? null,
      ],
    );
    return id;
  });
}

export function insertCapture(capture: {
  sourceId: string;
  finalUrl: string;
  text: string;
  title?: string;
  capturedAt: Date;
  trigger?: string;
}) {
  const id = newId();
  return withClient(async (client) => {
    await client.query(
      `INSERT INTO "SourceCapture" (id, "sourceId", "finalUrl", "httpStatus", "contentType", title, text, sha256, "byteLength", trigger, "capturedAt")
       VALUES ($1, $2, $3, 200, 'text/html; charset=utf-8', $4, $5, encode(sha256(convert_to($5, 'UTF8')), 'hex'), octet_length($5), $6, $7)`,
      [id, capture.sourceId, capture.finalUrl, capture.title ?? null, capture.text, capture.trigger ?? 'schedule', capture.capturedAt],
    );
    return id;
  });
}

/** Evidence for a claim; with a capture, the quote's offsets in it (null: not found there). */
export function insertEvidence(evidence: {
  claimId: string;
  sourceId: string;
  quote: string;
  captureId?: string;
  quoteStart?: number | null;
  quoteEnd?: number | null;
}) {
  const id = newId();
  return withClient(async (client) => {
    await client.query(
      `INSERT INTO "Evidence" (id, "claimId", "sourceId", quote, stance, "captureId", "quoteStart", "quoteEnd", "updatedAt")
       VALUES ($1, $2, $3, $4, 'supports', $5, $6, $7, now())`,
      [
        id,
        evidence.claimId,
        evidence.sourceId,
        evidence.quote,
        evidence.captureId ?? null,
        evidence.quoteStart ?? null,
        evidence.quoteEnd ?? null,
      ],
    );
    return id;
  });
}
