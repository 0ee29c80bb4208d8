import { z } from 'zod';
import { ZVersion } from './version';

export const ZWorkspaceSlug = z.string().regex(/^[a-z0-9-]{1,64}$/, 'That is not a workspace address.');

/** Every workspace action names its workspace by slug. */
export const ZWorkspaceRef = z.object({ workspace: ZWorkspaceSlug });

const ZWorkspaceName = z
  .string()
  .trim()
  .min(2, 'Name the workspace (at least 2 characters).')
  .max(80, 'Keep the name under 80 characters.');

export const ZCreateWorkspace = z.object({ name: ZWorkspaceName });
export type TCreateWorkspace = z.infer<typeof ZCreateWorkspace>;

export const ZRenameWorkspace = z.object({ version: ZVersion, name: ZWorkspaceName });

export const ZDeleteWorkspace = z.object({ confirmName: z.string().trim().min(1, 'Type the workspace name to confirm.') });
