import { describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/generated/prisma/client';
import { describeError } from './errors';

const known = (code: string) => new Prisma.PrismaClientKnownRequestError('Transaction API error', { code, clientVersion: 'test' });

describe('describeError', () => {
  it('answers an overloaded transaction (P2028) with 503, the server busy, rather than a 500', () => {
    const { status, body } = describeError(known('P2028'));
    expect(status).toBe(503);
    expect(body.code).toBe('unavailable');
    expect(body.error).toMatch(/too busy/);
  });
});
