'use client';

import { createContext, useContext, useMemo } from 'react';
import { workspaceValue, type WorkspaceInput, type WorkspaceValue } from './workspace-value';

export type { WorkspaceMember, WorkspaceViewer } from './workspace-value';

const WorkspaceContext = createContext<WorkspaceValue | null>(null);

/**
 * The workspace being looked at — its slug, the viewer, their role and the members — for every
 * client component below the workspace layout, which mounts it once; nothing threads them down
 * as props.
 */
export function WorkspaceProvider({ children, ...input }: React.PropsWithChildren<WorkspaceInput>) {
  const { slug, name, viewer, role, members } = input;
  const value = useMemo(() => workspaceValue({ slug, name, viewer, role, members }), [slug, name, viewer, role, members]);
  return <WorkspaceContext value={value}>{children}</WorkspaceContext>;
}

/** The workspace this component is shown in, with `can(permission)` for the viewer's role. */
export function useWorkspace(): WorkspaceValue {
  const value = useContext(WorkspaceContext);
  if (!value)
    throw new Error(
      'useWorkspace() is used outside <WorkspaceProvider>: it needs a page under /w/[workspace] (the workspace layout mounts the provider).',
    );
  return value;
}
