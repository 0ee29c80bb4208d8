// Lint rules for the two module directives, which file globs cannot see:
// - a 'use client' file runs in the browser, so it may not import server-only modules (type
//   imports are erased at build time and stay allowed: a client component may name the shape
//   of what the server sends it);
// - a 'use server' file is an endpoint anyone can call, so it lives in lib/actions, where the
//   authorization matrix (tests/integration/authorization-matrix.test.ts) finds it.
const SERVER_ONLY = [/^@\/lib\/server(\/|$)/, /^@\/lib\/db$/, /^@\/lib\/actions\/define-action$/, /^@\/auth$/, /^next\/(headers|cache)$/];

const directiveOf = (program) => {
  for (const statement of program.body) {
    if (statement.type !== 'ExpressionStatement' || typeof statement.directive !== 'string') return null;
    if (statement.directive === 'use client' || statement.directive === 'use server') return statement.directive;
  }
  return null;
};

const isTypeOnly = (node) =>
  node.importKind === 'type' || (node.specifiers.length > 0 && node.specifiers.every((specifier) => specifier.importKind === 'type'));

/** @type {import('eslint').Rule.RuleModule} */
const clientImports = {
  meta: {
    type: 'problem',
    docs: { description: "A 'use client' file imports no server-only module (lib/server, lib/db, auth, next/headers, next/cache)." },
    messages: { serverOnly: "'{{source}}' is server-only: a 'use client' file may import its types, not its code." },
    schema: [],
  },
  create(context) {
    let client = false;
    return {
      Program(program) {
        client = directiveOf(program) === 'use client';
      },
      ImportDeclaration(node) {
        const source = String(node.source.value);
        if (client && !isTypeOnly(node) && SERVER_ONLY.some((pattern) => pattern.test(source))) {
          context.report({ node, messageId: 'serverOnly', data: { source } });
        }
      },
    };
  },
};

/** @type {import('eslint').Rule.RuleModule} */
const serverActionHome = {
  meta: {
    type: 'problem',
    docs: { description: "'use server' modules live in lib/actions." },
    messages: { home: 'Server actions live in lib/actions/<entity>.ts, where the authorization matrix enumerates them.' },
    schema: [],
  },
  create(context) {
    const file = context.filename.replaceAll('\\', '/');
    return {
      Program(program) {
        if (directiveOf(program) === 'use server' && !/\/lib\/actions\/[^/]+\.ts$/.test(file))
          context.report({ node: program, messageId: 'home' });
      },
    };
  },
};

export const directiveBoundaries = { rules: { 'client-imports': clientImports, 'server-action-home': serverActionHome } };
