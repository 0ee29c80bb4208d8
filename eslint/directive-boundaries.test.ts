// The directive rules catch what they must and let through what they may.
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import { directiveBoundaries } from './directive-boundaries.mjs';

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, ecmaVersion: 2024, sourceType: 'module' } });

tester.run('client-imports', directiveBoundaries.rules['client-imports'], {
  valid: [
    { code: "'use client';\nimport type { ClaimDetails } from '@/lib/server/claims/get-claim';" },
    { code: "'use client';\nimport { type ClaimDetails } from '@/lib/server/claims/get-claim';" },
    { code: "'use client';\nimport { can } from '@/lib/permissions';" },
    { code: "import { getDb } from '@/lib/db';" },
  ],
  invalid: [
    { code: "'use client';\nimport { getDb } from '@/lib/db';", errors: [{ messageId: 'serverOnly' }] },
    { code: "'use client';\nimport { getClaim } from '@/lib/server/claims/get-claim';", errors: [{ messageId: 'serverOnly' }] },
    { code: "'use client';\nimport { headers } from 'next/headers';", errors: [{ messageId: 'serverOnly' }] },
    { code: "'use client';\nimport { workspaceAction } from '@/lib/actions/define-action';", errors: [{ messageId: 'serverOnly' }] },
  ],
});

tester.run('server-action-home', directiveBoundaries.rules['server-action-home'], {
  valid: [
    { code: "'use server';\nexport async function a() {}", filename: '/repo/lib/actions/claims.ts' },
    { code: 'export async function a() {}', filename: '/repo/app/page.tsx' },
  ],
  invalid: [
    { code: "'use server';\nexport async function a() {}", filename: '/repo/app/(app)/w/actions.ts', errors: [{ messageId: 'home' }] },
  ],
});
