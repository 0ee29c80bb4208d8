import 'server-only';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TSignUp } from '@/lib/schemas/auth';
import { hashPassword } from './password';

export type PublicUser = { id: string; email: string; name: string | null };

export async function createUser({ name, email, password }: TSignUp): Promise<PublicUser> {
  const passwordHash = await hashPassword(password);
  try {
    return await getDb().user.create({
      data: { name, email, passwordHash },
      select: { id: true, email: true, name: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('conflict', 'An account with this email already exists. Sign in instead.', {
        email: ['An account with this email already exists.'],
      });
    }
    throw error;
  }
}
