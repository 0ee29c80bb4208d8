import { describe, expect, it } from 'vitest';
import { needsRoleConfirmation } from './roles';

describe('needsRoleConfirmation', () => {
  it('asks before a demotion or any change of one’s own role, never for a promotion', () => {
    expect(needsRoleConfirmation('owner', 'editor', false)).toBe(true);
    expect(needsRoleConfirmation('checker', 'viewer', false)).toBe(true);
    expect(needsRoleConfirmation('viewer', 'editor', false)).toBe(false);
    expect(needsRoleConfirmation('editor', 'owner', true)).toBe(true);
    expect(needsRoleConfirmation('editor', 'editor', true)).toBe(false);
  });
});
