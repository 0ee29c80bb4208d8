import 'server-only';
import { AppError } from '@/lib/errors';
import { hasTwoFactor } from '@/lib/server/two-factor/two-factor-status';

/** A member of a workspace that requires two-factor authentication, without it: 403. */
export class TwoFactorRequiredError extends AppError {
  constructor(workspaceName: string) {
    super(
      'forbidden',
      `${workspaceName} requires two-factor authentication. Turn it on in your account (Your account → Two-factor authentication), then come back.`,
    );
  }
}

/** Throws TwoFactorRequiredError when the workspace requires a second factor the user has not set up. */
export async function assertTwoFactorIfRequired({
  userId,
  workspace,
}: {
  userId: string;
  workspace: { name: string; requireTwoFactor: boolean };
}) {
  if (workspace.requireTwoFactor && !(await hasTwoFactor(userId))) throw new TwoFactorRequiredError(workspace.name);
}
