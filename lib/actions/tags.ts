'use server';

import { workspaceAction } from '@/lib/actions/define-action';
import { ZCreateTag, ZDeleteTag, ZMergeTags, ZUpdateTag } from '@/lib/schemas/tags';
import { createTag } from '@/lib/server/tags/create-tag';
import { deleteTag } from '@/lib/server/tags/delete-tag';
import { mergeTags } from '@/lib/server/tags/merge-tags';
import { updateTag } from '@/lib/server/tags/update-tag';

// Anyone who annotates may add a tag to the vocabulary; curating it is for editors and owners.
export const createTagAction = workspaceAction('annotation.create', ZCreateTag, async ({ user, membership, input }) =>
  createTag({ workspaceId: membership.workspace.id, userId: user.id, ...input }),
);

export const updateTagAction = workspaceAction('tags.manage', ZUpdateTag, async ({ user, membership, input }) =>
  updateTag({ workspaceId: membership.workspace.id, userId: user.id, ...input }),
);

export const mergeTagsAction = workspaceAction('tags.manage', ZMergeTags, async ({ user, membership, input }) =>
  mergeTags({ workspaceId: membership.workspace.id, userId: user.id, ...input }),
);

export const deleteTagAction = workspaceAction('tags.manage', ZDeleteTag, async ({ user, membership, input }) =>
  deleteTag({ workspaceId: membership.workspace.id, userId: user.id, ...input }),
);
