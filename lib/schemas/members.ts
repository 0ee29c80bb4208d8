import { z } from 'zod';
import { ROLES } from '@/lib/permissions';
import { ZEmail } from './auth';
import { ZOptionalVersion, ZVersion } from './version';

const ZRole = z.enum(ROLES, { message: 'Choose a role: owner, editor, checker or viewer.' });
const ZId = z.string().min(1).max(64);

export const ZInviteMember = z.object({ email: ZEmail, role: ZRole });
export const ZChangeMemberRole = z.object({ membershipId: ZId, version: ZVersion, role: ZRole });
export const ZRemoveMember = z.object({ membershipId: ZId, version: ZOptionalVersion });
export const ZRevokeInvitation = z.object({ invitationId: ZId });
export const ZInvitationToken = z.object({ token: z.string().regex(/^[\w-]{20,100}$/, 'This invitation link is not valid.') });
