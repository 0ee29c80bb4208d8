import { z } from 'zod';
import { ROLES } from '@/lib/permissions';
import { ZWorkspaceSlug } from './workspace';

export const API_TOKEN_LIFETIMES = ['30', '90', '365', 'never'] as const;

export const ZCreateApiToken = z.object({
  /** the slug of a workspace the creator belongs to */
  workspace: ZWorkspaceSlug,
  name: z.string().trim().min(1, 'Name the token after what will use it.').max(80, 'Keep the name under 80 characters.'),
  role: z.enum(ROLES, { message: 'Choose a role: owner, editor, checker or viewer.' }),
  /** days until it stops working, or "never" */
  expiresIn: z.enum(API_TOKEN_LIFETIMES, { message: 'Choose when the token expires.' }).default('90'),
});
export type TCreateApiToken = z.infer<typeof ZCreateApiToken>;

export const ZApiTokenRef = z.object({ tokenId: z.string().min(1).max(64) });
