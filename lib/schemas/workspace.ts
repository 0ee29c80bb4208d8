import { z } from 'zod';

export const ZCreateWorkspace = z.object({
  name: z.string().trim().min(2, 'Name the workspace (at least 2 characters).').max(80, 'Keep the name under 80 characters.'),
});
export type TCreateWorkspace = z.infer<typeof ZCreateWorkspace>;

export const ZWorkspaceSlug = z.string().regex(/^[a-z0-9-]{1,64}$/);
