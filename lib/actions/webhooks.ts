'use server';

import { workspaceAction } from '@/lib/actions/define-action';
import { ZCreateWebhook, ZDeleteWebhook, ZRedeliverWebhook, ZUpdateWebhook, ZWebhookRef } from '@/lib/schemas/webhooks';
import { createWebhook } from '@/lib/server/webhooks/create-webhook';
import { sendTestEvent, redeliverWebhook } from '@/lib/server/webhooks/send-webhook-now';
import { deleteWebhook, updateWebhook } from '@/lib/server/webhooks/update-webhook';
import { revealWebhookSecret, rotateWebhookSecret } from '@/lib/server/webhooks/webhook-secret-access';

// Webhooks are the workspace owners' (lib/permissions.ts: 'webhooks.manage').

export const createWebhookAction = workspaceAction('webhooks.manage', ZCreateWebhook, async ({ user, membership, input }) =>
  createWebhook({ workspaceId: membership.workspace.id, userId: user.id, ...input }),
);

export const updateWebhookAction = workspaceAction('webhooks.manage', ZUpdateWebhook, async ({ membership, input }) =>
  updateWebhook({ workspaceId: membership.workspace.id, ...input }),
);

export const deleteWebhookAction = workspaceAction('webhooks.manage', ZDeleteWebhook, async ({ membership, input }) =>
  deleteWebhook({ workspaceId: membership.workspace.id, ...input }),
);

export const revealWebhookSecretAction = workspaceAction('webhooks.manage', ZWebhookRef, async ({ membership, input }) =>
  revealWebhookSecret({ workspaceId: membership.workspace.id, ...input }),
);

export const rotateWebhookSecretAction = workspaceAction('webhooks.manage', ZWebhookRef, async ({ membership, input }) =>
  rotateWebhookSecret({ workspaceId: membership.workspace.id, ...input }),
);

export const sendTestWebhookAction = workspaceAction('webhooks.manage', ZWebhookRef, async ({ user, membership, input }) =>
  sendTestEvent({ workspaceId: membership.workspace.id, userId: user.id, ...input }),
);

export const redeliverWebhookAction = workspaceAction('webhooks.manage', ZRedeliverWebhook, async ({ membership, input }) =>
  redeliverWebhook({ workspaceId: membership.workspace.id, ...input }),
);
