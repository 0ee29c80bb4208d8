// npm run token -- create --email <email> --workspace <slug> --role <role> --name <label> [--expires 30|90|365|never]
// npm run token -- list --email <email>
// npm run token -- revoke --id <tokenId>
// Personal access tokens from the command line, made by the same server functions as the
// account page (same roles rule, hashing and lifetimes): `create` prints the secret as its last
// line, once. Uses DATABASE_URL, else the embedded PostgreSQL of `npm start` (the running one,
// or started for the command and stopped after it).
import { parseArgs } from 'node:util';
import { runCliCommand } from './lib/cli-command';

const USAGE = `Usage:
  npm run token -- create --email <email> --workspace <slug> --role owner|editor|checker|viewer --name <label> [--expires 30|90|365|never]
  npm run token -- list --email <email>
  npm run token -- revoke --id <tokenId>`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: 'string' },
    workspace: { type: 'string' },
    role: { type: 'string' },
    name: { type: 'string' },
    expires: { type: 'string' },
    id: { type: 'string' },
  },
});

async function run(command: string) {
  const { createApiToken } = await import('../lib/server/api-tokens/create-api-token');
  const { listApiTokens } = await import('../lib/server/api-tokens/list-api-tokens');
  const { revokeApiToken } = await import('../lib/server/api-tokens/revoke-api-token');
  const { findApiTokenOwner } = await import('../lib/server/api-tokens/find-api-token-owner');
  const { findUserByEmail } = await import('../lib/server/users/find-user-by-email');
  const { ZCreateApiToken } = await import('../lib/schemas/api-tokens');
  const { parseInput } = await import('../lib/validation');
  if (command === 'create') {
    const user = await findUserByEmail(values.email ?? '');
    const input = parseInput(ZCreateApiToken, {
      workspace: values.workspace,
      role: values.role,
      name: values.name,
      expiresIn: values.expires,
    });
    const token = await createApiToken({ userId: user.id, ...input });
    const expires = token.expiresAt ? token.expiresAt.toISOString().slice(0, 10) : 'never';
    console.log(`Token ${token.id} "${token.name}" for ${user.email} in ${token.workspace}, acting as ${token.role}, expires ${expires}.`);
    console.log('Shown once: keep it now. Send it as Authorization: Bearer <token>.');
    console.log(token.secret);
  } else if (command === 'list') {
    const user = await findUserByEmail(values.email ?? '');
    const tokens = await listApiTokens({ userId: user.id });
    if (tokens.length === 0) console.log(`${user.email} has no tokens.`);
    for (const token of tokens) {
      const used = token.lastUsedAt ? `last used ${token.lastUsedAt.toISOString()}` : 'never used';
      console.log([token.id, token.prefix + '…', token.workspace.slug, token.role, token.state, `"${token.name}"`, used].join('\t'));
    }
  } else {
    const tokenId = values.id ?? '';
    await revokeApiToken({ userId: await findApiTokenOwner(tokenId), tokenId });
    console.log(`Token ${tokenId} is revoked.`);
  }
  return 0;
}

if (!['create', 'list', 'revoke'].includes(positionals[0] ?? '')) {
  console.error(USAGE);
  process.exit(2);
}
await runCliCommand({ run: () => run(positionals[0]!) });
