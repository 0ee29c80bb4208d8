// Reads a workspace archive as a stream, refusing what an untrusted file may hold: a file that is
// not one, a version this code does not know, an over-long line, too much data once unpacked, too
// many records, records out of order, a malformed field, or a file cut short (no `end` line).
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import split2 from 'split2';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_LIMITS,
  ARCHIVE_VERSION,
  RECORD_TYPES,
  ZArchiveEnd,
  ZArchiveHeader,
  type TArchiveHeader,
  type TArchiveLimits,
} from './format';
import { ZArchiveRecord, type TArchiveRecord } from './records';

/** An archive this code refuses; the message says why, for the person running the import. */
export class ArchiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArchiveError';
  }
}

export type TArchiveItem = { type: 'header'; header: TArchiveHeader } | TArchiveRecord;

/** Counts the unpacked bytes and stops the stream past the limit (a small file may unpack to a huge one). */
function unpackedLimit(maxBytes: number) {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > maxBytes) done(new ArchiveError(`The archive unpacks to more than ${maxBytes} bytes.`));
      else done(null, chunk);
    },
  });
}

const tooLong = (number: number, limits: TArchiveLimits) =>
  new ArchiveError(`Line ${number} of the archive is longer than ${limits.lineChars} characters.`);

function parseJson(line: string, number: number): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new ArchiveError(`Line ${number} of the archive is not JSON.`);
  }
}

function checkHeader(value: unknown): TArchiveHeader {
  const fields = (value ?? {}) as { format?: unknown; version?: unknown };
  if (fields.format !== ARCHIVE_FORMAT) throw new ArchiveError('This file is not a Margin workspace archive.');
  if (typeof fields.version === 'number' && fields.version > ARCHIVE_VERSION) {
    throw new ArchiveError(
      `This archive is version ${fields.version}; this Margin reads version ${ARCHIVE_VERSION} and older. Upgrade Margin to import it.`,
    );
  }
  const header = ZArchiveHeader.safeParse(value);
  if (!header.success) throw new ArchiveError('The archive header is malformed (an unknown version or missing fields).');
  return header.data;
}

function describeIssue(error: { issues: { path: PropertyKey[]; message: string }[] }) {
  const issue = error.issues[0]!;
  return `${issue.path.map(String).join('.') || 'record'}: ${issue.message}`;
}

/** The archive's header, then its records in order; throws ArchiveError at the first thing wrong. */
export async function* readArchive(input: Readable, limits: TArchiveLimits = ARCHIVE_LIMITS): AsyncGenerator<TArchiveItem> {
  // One line (up to lineChars) waits at a time; split2 flags `overflow` when a line outgrows maxLength.
  const lines = split2({ maxLength: limits.lineChars, readableHighWaterMark: 1 }) as Transform & { overflow: boolean };
  const piping = pipeline(input, createGunzip(), unpackedLimit(limits.unpackedBytes), lines);
  // Errors surface through the line iterator below; this keeps the promise from going unhandled.
  piping.catch(() => {});
  const counts = new Map<string, number>();
  let number = 0;
  let typeIndex = 0;
  let ended = false;
  try {
    for await (const line of lines as AsyncIterable<string>) {
      if (!line) continue;
      number += 1;
      // split2 checks only a line that spans chunks; one inside a chunk is checked here.
      if (line.length > limits.lineChars) throw tooLong(number, limits);
      if (ended) throw new ArchiveError(`Line ${number}: the archive goes on after its end record.`);
      const value = parseJson(line, number);
      if (number === 1) {
        yield { type: 'header', header: checkHeader(value) };
        continue;
      }
      if ((value as { type?: unknown } | null)?.type === 'end') {
        const end = ZArchiveEnd.safeParse(value);
        const expected = end.success ? end.data.counts : {};
        const mismatch = RECORD_TYPES.find((type) => (expected[type] ?? 0) !== (counts.get(type) ?? 0));
        if (!end.success || mismatch) throw new ArchiveError(`Line ${number}: the end record does not match the records read.`);
        ended = true;
        continue;
      }
      const record = ZArchiveRecord.safeParse(value);
      if (!record.success) throw new ArchiveError(`Line ${number} of the archive is malformed (${describeIssue(record.error)}).`);
      const index = RECORD_TYPES.indexOf(record.data.type);
      if (index < typeIndex) throw new ArchiveError(`Line ${number}: a ${record.data.type} record is out of order.`);
      typeIndex = index;
      const count = (counts.get(record.data.type) ?? 0) + 1;
      if (count > limits.recordsPerType)
        throw new ArchiveError(`The archive holds more than ${limits.recordsPerType} ${record.data.type} records.`);
      counts.set(record.data.type, count);
      yield record.data;
    }
    await piping;
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('Z_')) throw new ArchiveError('The archive is not a gzip file, or it is damaged.');
    if (lines.overflow) throw tooLong(number + 1, limits);
    throw error;
  } finally {
    input.destroy();
  }
  if (number === 0) throw new ArchiveError('The archive is empty.');
  if (!ended) throw new ArchiveError('The archive is cut short: its end record is missing.');
}
