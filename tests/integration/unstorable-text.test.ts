// PostgreSQL stores U+0000 in neither text nor JSON. Input that skipped parseInput (a path's id
// decoded from %00) reaches a query with it: the database refuses, and the app answers 422
// `invalid`, not 500 (found by npm run bench:fuzz).
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { describeError } from '@/lib/errors';

describe('text PostgreSQL cannot store', () => {
  it('maps the database’s refusal of U+0000, in text and in JSON, to 422 invalid', async () => {
    const inText = await getDb()
      .document.findFirst({ where: { id: 'doc\u0000' } })
      .catch((error: unknown) => error);
    expect(describeError(inText)).toMatchObject({ status: 422, body: { code: 'invalid' } });
    const inJson = await getDb()
      .activity.create({ data: { workspaceId: 'none', action: 'x', entityType: 'X', entityId: 'x', after: { text: 'a\u0000' } } })
      .catch((error: unknown) => error);
    expect(describeError(inJson)).toMatchObject({ status: 422, body: { code: 'invalid' } });
  });
});
