import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import regexp from 'eslint-plugin-regexp';
import { directiveBoundaries } from './eslint/directive-boundaries.mjs';

// The layers (docs/ARCHITECTURE.md): app → components → lib/actions → lib/server → lib/db, with
// the pure libraries beside them. Each rule below is one arrow that must not point backwards.
const noApp = { group: ['@/app', '@/app/*'], message: 'app/ holds routes and pages; nothing outside it imports from it.' };
const noServer = {
  group: ['@/lib/server', '@/lib/server/*', '@/lib/db', '@/lib/actions', '@/lib/actions/*', '@/auth', 'next', 'next/*', 'server-only'],
  message:
    'A pure library (text, anchoring, import, detection, export, workflow rules, schemas) runs anywhere: no database, no session, no Next.',
};
const PURE_LIBRARIES = [
  'lib/activity/**',
  'lib/archive/**',
  'lib/anchoring/**',
  'lib/annotations/**',
  'lib/claims/**',
  'lib/comments/**',
  'lib/detect/**',
  'lib/diff/**',
  'lib/export/**',
  'lib/import/**',
  'lib/live/**',
  'lib/matching/**',
  'lib/schemas/**',
  'lib/sources/**',
  'lib/users/**',
  'lib/permissions.ts',
  'lib/roles.ts',
  'lib/text-model.ts',
  'lib/validation.ts',
  'lib/versioning.ts',
  'lib/safe-redirect.ts',
  'lib/request-path.ts',
  'lib/sso-config.ts',
  'workers/**',
];

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      'lib/generated/**',
      '.next/**',
      '.next-test/**',
      '.next-bench/**',
      '.next-bench-profile/**',
      '.data/**',
      'playwright-report/**',
      'test-results/**',
      'next-env.d.ts',
    ],
  },
  // Regular expressions run on whatever users paste or upload: none may backtrack super-linearly
  // (a long line of dots or of one letter must not keep the server busy).
  {
    ...regexp.configs.recommended,
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs'],
    rules: {
      ...regexp.configs.recommended.rules,
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    // Prettier wraps code at 140 columns; what it cannot wrap (a long string) stays under 160.
    rules: { 'max-len': ['error', { code: 160, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true }] },
  },
  {
    plugins: { margin: directiveBoundaries },
    rules: { 'margin/client-imports': 'error', 'margin/server-action-home': 'error' },
  },
  {
    files: ['components/**', 'lib/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noApp] }] },
  },
  {
    files: PURE_LIBRARIES,
    rules: { 'no-restricted-imports': ['error', { patterns: [noApp, noServer] }] },
  },
];

export default config;
