import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_FORMAT, ARCHIVE_LIMITS, type TArchiveLimits } from './format';
import { readArchive, type TArchiveItem } from './read-archive';

const header = { format: ARCHIVE_FORMAT, version: 1, exportedAt: '2026-12-07T10:00:00.000Z', slug: 'desk' };
const user = { type: 'user', row: { id: 'u1', email: 'ana@example.test', name: 'Ana', image: null, emailVerified: null } };
const lines = (...values: unknown[]) => values.map((value) => (typeof value === 'string' ? value : JSON.stringify(value))).join('\n');
const gz = (text: string) => Readable.from([gzipSync(text)]);

async function read(input: Readable, limits: TArchiveLimits = ARCHIVE_LIMITS) {
  const items: TArchiveItem[] = [];
  for await (const item of readArchive(input, limits)) items.push(item);
  return items;
}

describe('readArchive', () => {
  it('reads the header and the records, with dates as dates', async () => {
    const items = await read(gz(lines(header, user, { type: 'end', counts: { user: 1 } })));
    expect(items).toEqual([{ type: 'header', header }, user]);
  });

  it('refuses what an untrusted file may hold, each with its reason', async () => {
    const end = { type: 'end', counts: { user: 1 } };
    await expect(read(Readable.from([Buffer.from('plain text')]))).rejects.toThrow('not a gzip file');
    await expect(read(gz(''))).rejects.toThrow('The archive is empty.');
    await expect(read(gz(lines({ format: 'other' })))).rejects.toThrow('not a Margin workspace archive');
    await expect(read(gz(lines({ ...header, version: 7 })))).rejects.toThrow('version 7; this Margin reads version 1');
    await expect(read(gz(lines({ ...header, version: 0 })))).rejects.toThrow('header is malformed');
    await expect(read(gz(lines(header, '{oops')))).rejects.toThrow('Line 2 of the archive is not JSON.');
    await expect(read(gz(lines(header, { type: 'user', row: { ...user.row, extra: 1 } }, end)))).rejects.toThrow(
      'Line 2 of the archive is malformed',
    );
    await expect(read(gz(lines(header, { type: 'session', row: {} }, end)))).rejects.toThrow('malformed');
    await expect(read(gz(lines(header, user)))).rejects.toThrow('cut short');
    await expect(read(gz(lines(header, user, { type: 'end', counts: { user: 2 } })))).rejects.toThrow('end record does not match');
    await expect(read(gz(lines(header, user, end, user)))).rejects.toThrow('goes on after its end record');
    const membership = {
      type: 'membership',
      row: { id: 'm1', userId: 'u1', role: 'owner', version: 1, createdAt: header.exportedAt, updatedAt: header.exportedAt },
    };
    await expect(read(gz(lines(header, membership, user, end)))).rejects.toThrow('a user record is out of order');
  });

  it('stops at its limits: a line, the unpacked size, the records of a type', async () => {
    const long = lines(header, { ...user, row: { ...user.row, name: 'x'.repeat(5000) } }, { type: 'end', counts: { user: 1 } });
    await expect(read(gz(long), { ...ARCHIVE_LIMITS, lineChars: 1000 })).rejects.toThrow(
      'Line 2 of the archive is longer than 1000 characters.',
    );
    await expect(read(gz(long), { ...ARCHIVE_LIMITS, unpackedBytes: 2000 })).rejects.toThrow('unpacks to more than 2000 bytes');
    // a line longer than a chunk of the unpacked stream
    const huge = lines(header, { ...user, row: { ...user.row, name: 'x'.repeat(200_000) } }, { type: 'end', counts: { user: 1 } });
    await expect(read(gz(huge), { ...ARCHIVE_LIMITS, lineChars: 50_000 })).rejects.toThrow(
      'Line 2 of the archive is longer than 50000 characters.',
    );
    const two = lines(header, user, { ...user, row: { ...user.row, id: 'u2' } }, { type: 'end', counts: { user: 2 } });
    await expect(read(gz(two), { ...ARCHIVE_LIMITS, recordsPerType: 1 })).rejects.toThrow('more than 1 user records');
  });
});
