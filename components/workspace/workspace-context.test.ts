import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PERMISSIONS, ROLES, type Permission } from '@/lib/permissions';
import { useWorkspace, WorkspaceProvider } from './workspace-context';
import { workspaceValue, type WorkspaceInput } from './workspace-value';

const input = (role: WorkspaceInput['role']): WorkspaceInput => ({
  slug: 'newsroom',
  name: 'Newsroom',
  viewer: { id: 'u1', name: 'Ada', email: 'ada@example.test' },
  role,
  members: [{ id: 'u1', name: 'Ada', email: 'ada@example.test', role }],
});

describe('workspaceValue().can', () => {
  it('answers from the role table for every role and permission', () => {
    for (const role of ROLES) {
      const { can } = workspaceValue(input(role));
      for (const [permission, roles] of Object.entries(PERMISSIONS)) {
        expect(can(permission as Permission), `${role} ${permission}`).toBe((roles as readonly string[]).includes(role));
      }
    }
  });

  it('lets a checker verify but not assign, and a viewer only read', () => {
    const checker = workspaceValue(input('checker'));
    expect(checker.can('claim.verify')).toBe(true);
    expect(checker.can('claim.assign')).toBe(false);
    const viewer = workspaceValue(input('viewer'));
    expect(viewer.can('workspace.read')).toBe(true);
    expect(viewer.can('comment.create')).toBe(false);
  });
});

function Probe() {
  const workspace = useWorkspace();
  return createElement(
    'span',
    null,
    `${workspace.slug} ${workspace.viewer.name} ${workspace.can('claim.assign') ? 'assigns' : 'does not assign'}`,
  );
}

describe('useWorkspace', () => {
  it('reads the provider above it', () => {
    const html = renderToString(createElement(WorkspaceProvider, input('editor'), createElement(Probe)));
    expect(html).toContain('newsroom Ada assigns');
  });

  it('says where it belongs when used outside the provider', () => {
    expect(() => renderToString(createElement(Probe))).toThrow(/outside <WorkspaceProvider>/);
  });
});
