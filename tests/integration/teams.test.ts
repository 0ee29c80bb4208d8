import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { createDocument } from '@/lib/server/documents/create-document';
import { acceptInvitation } from '@/lib/server/invitations/accept-invitation';
import { createInvitation } from '@/lib/server/invitations/create-invitation';
import { getInvitationByToken } from '@/lib/server/invitations/get-invitation-by-token';
import { invitationBehindLink } from '@/lib/server/invitations/invitation-behind-link';
import { revokeInvitation } from '@/lib/server/invitations/revoke-invitation';
import { changeMemberRole } from '@/lib/server/members/change-member-role';
import { removeMember } from '@/lib/server/members/remove-member';
import { deleteWorkspace } from '@/lib/server/workspaces/delete-workspace';
import { addMember, makeUser, makeWorkspace } from './support/factories';

const tokenOf = (path: string) => path.split('/').at(-1)!;
const ownerMembership = (workspaceId: string, userId: string) =>
  getDb().membership.findUniqueOrThrow({ where: { workspaceId_userId: { workspaceId, userId } } });

describe('owners', () => {
  it('the last owner can neither be demoted nor leave; with a second owner both work', async () => {
    const owner = await makeUser();
    const workspace = await makeWorkspace(owner.id);
    const own = await ownerMembership(workspace.id, owner.id);
    await expect(
      changeMemberRole({ actorId: owner.id, workspaceId: workspace.id, membershipId: own.id, version: own.version, role: 'editor' }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(removeMember({ actorId: owner.id, workspaceId: workspace.id, membershipId: own.id })).rejects.toMatchObject({
      code: 'conflict',
    });

    const second = await makeUser();
    await addMember(workspace.id, second.id, 'owner');
    await changeMemberRole({ actorId: owner.id, workspaceId: workspace.id, membershipId: own.id, version: own.version, role: 'editor' });
    expect((await ownerMembership(workspace.id, owner.id)).role).toBe('editor');
  });

  it('two owners demoting each other at once leave one owner', async () => {
    const [a, b] = [await makeUser(), await makeUser()];
    const workspace = await makeWorkspace(a.id);
    await addMember(workspace.id, b.id, 'owner');
    const [ma, mb] = [await ownerMembership(workspace.id, a.id), await ownerMembership(workspace.id, b.id)];
    const results = await Promise.allSettled([
      changeMemberRole({ actorId: a.id, workspaceId: workspace.id, membershipId: mb.id, version: mb.version, role: 'viewer' }),
      changeMemberRole({ actorId: b.id, workspaceId: workspace.id, membershipId: ma.id, version: ma.version, role: 'viewer' }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(await getDb().membership.count({ where: { workspaceId: workspace.id, role: 'owner' } })).toBe(1);
  });

  it('role changes and removals are written to the activity log with before and after', async () => {
    const owner = await makeUser();
    const member = await makeUser();
    const workspace = await makeWorkspace(owner.id);
    const membership = await addMember(workspace.id, member.id, 'viewer');
    await changeMemberRole({
      actorId: owner.id,
      workspaceId: workspace.id,
      membershipId: membership.id,
      version: membership.version,
      role: 'checker',
    });
    await removeMember({ actorId: owner.id, workspaceId: workspace.id, membershipId: membership.id });
    const log = await getDb().activity.findMany({ where: { workspaceId: workspace.id, entityId: membership.id }, orderBy: { id: 'asc' } });
    expect(log.map(({ action, actorId, before, after }) => ({ action, actorId, before, after }))).toEqual([
      {
        action: 'membership.role_changed',
        actorId: owner.id,
        before: { userId: member.id, role: 'viewer' },
        after: { userId: member.id, role: 'checker' },
      },
      { action: 'membership.removed', actorId: owner.id, before: { userId: member.id, role: 'checker' }, after: null },
    ]);
  });
});

describe('invitations', () => {
  async function invite(role: 'viewer' | 'owner' = 'viewer', actorRole: 'owner' | 'editor' = 'owner') {
    const owner = await makeUser();
    const workspace = await makeWorkspace(owner.id);
    const invitee = await makeUser();
    const invitation = await createInvitation({ actorId: owner.id, actorRole, workspaceId: workspace.id, email: invitee.email, role });
    return { owner, workspace, invitee, invitation, token: tokenOf(invitation.path) };
  }

  it('joins with the invited role once, and logs it; the link does not work twice', async () => {
    const { workspace, invitee, token } = await invite();
    expect(await acceptInvitation({ userId: invitee.id, email: invitee.email, token })).toEqual({
      slug: workspace.slug,
      alreadyMember: false,
    });
    expect((await ownerMembership(workspace.id, invitee.id)).role).toBe('viewer');
    await expect(acceptInvitation({ userId: invitee.id, email: invitee.email, token })).rejects.toMatchObject({ code: 'conflict' });
    expect((await getInvitationByToken(token)).state).toBe('accepted');
    const added = await getDb().activity.findMany({ where: { workspaceId: workspace.id, action: 'membership.added' } });
    expect(added).toHaveLength(1);
  });

  it('names a pending invitation to the sign-in page its link leads through, and nothing else', async () => {
    const { owner, workspace, invitee, invitation, token } = await invite();
    expect(await invitationBehindLink(invitation.path)).toEqual({
      email: invitee.email,
      role: 'viewer',
      workspaceName: workspace.name,
      inviterName: owner.name ?? owner.email,
    });
    for (const other of [undefined, '/w', `/invite/${token}x`, `//evil.example/invite/${token}`, `/invite/${token}/more`]) {
      expect(await invitationBehindLink(other)).toBeNull();
    }
    await acceptInvitation({ userId: invitee.id, email: invitee.email, token });
    expect(await invitationBehindLink(invitation.path)).toBeNull();
  });

  it('stores only a hash of the token', async () => {
    const { invitation, token } = await invite();
    const row = await getDb().invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(row.tokenHash).not.toContain(token);
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it('refuses another account, a revoked and an expired invitation, changing nothing', async () => {
    const { owner, workspace, invitee, invitation, token } = await invite();
    const other = await makeUser();
    await expect(acceptInvitation({ userId: other.id, email: other.email, token })).rejects.toMatchObject({ code: 'forbidden' });

    await revokeInvitation({ actorId: owner.id, workspaceId: workspace.id, invitationId: invitation.id });
    await expect(acceptInvitation({ userId: invitee.id, email: invitee.email, token })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('withdrawn'),
    });

    const again = await createInvitation({
      actorId: owner.id,
      actorRole: 'owner',
      workspaceId: workspace.id,
      email: invitee.email,
      role: 'viewer',
    });
    await getDb().invitation.update({ where: { id: again.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(acceptInvitation({ userId: invitee.id, email: invitee.email, token: tokenOf(again.path) })).rejects.toMatchObject({
      message: expect.stringContaining('expired'),
    });
    expect(await getDb().membership.count({ where: { workspaceId: workspace.id } })).toBe(1);
  });

  it('lets editors invite anyone but owners, and not someone already a member', async () => {
    await expect(invite('owner', 'editor')).rejects.toMatchObject({ code: 'forbidden' });
    const { owner, workspace } = await invite();
    await expect(
      createInvitation({ actorId: owner.id, actorRole: 'owner', workspaceId: workspace.id, email: owner.email, role: 'viewer' }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('a new invitation for the same email replaces the pending one', async () => {
    const { owner, workspace, invitee, token } = await invite();
    await createInvitation({ actorId: owner.id, actorRole: 'owner', workspaceId: workspace.id, email: invitee.email, role: 'checker' });
    expect((await getInvitationByToken(token)).state).toBe('revoked');
  });
});

describe('deleting a workspace', () => {
  it('removes its documents, members and invitations, and nothing of other workspaces', async () => {
    const owner = await makeUser();
    const doomed = await makeWorkspace(owner.id);
    const kept = await makeWorkspace(owner.id);
    for (const workspace of [doomed, kept]) {
      await createDocument({
        workspaceId: workspace.id,
        userId: owner.id,
        title: 'Article',
        blocks: [{ type: 'paragraph', text: 'Text.' }],
        origin: 'paste',
      });
    }
    await createInvitation({
      actorId: owner.id,
      actorRole: 'owner',
      workspaceId: doomed.id,
      email: 'someone@example.test',
      role: 'viewer',
    });

    await expect(deleteWorkspace({ workspaceId: doomed.id, confirmName: 'wrong name' })).rejects.toMatchObject({ code: 'invalid' });
    expect(await getDb().workspace.count({ where: { id: doomed.id } })).toBe(1);

    const { name } = await getDb().workspace.findUniqueOrThrow({ where: { id: doomed.id } });
    await deleteWorkspace({ workspaceId: doomed.id, confirmName: name });
    const db = getDb();
    expect(await db.workspace.count({ where: { id: doomed.id } })).toBe(0);
    expect(await db.document.count({ where: { workspaceId: doomed.id } })).toBe(0);
    expect(await db.documentVersion.count({ where: { document: { workspaceId: doomed.id } } })).toBe(0);
    expect(await db.membership.count({ where: { workspaceId: doomed.id } })).toBe(0);
    expect(await db.invitation.count({ where: { workspaceId: doomed.id } })).toBe(0);
    expect(await db.document.count({ where: { workspaceId: kept.id } })).toBe(1);
  });
});
