// npm run account -- reset-link --email <email>
// For administrators of a server that sends no email (no SMTP_URL): prints a link that sets a new
// password for the account, the same single-use, one-hour link "Forgot your password?" emails
// (lib/server/password-reset). Hand it to the person over a channel you trust; using it signs
// the account out of every browser. Uses DATABASE_URL, else the embedded PostgreSQL of
// `npm start` (the running one, or started for the command and stopped after it).
import { parseArgs } from 'node:util';
import { runCliCommand } from './lib/cli-command';

const USAGE = `Usage:
  npm run account -- reset-link --email <email>`;

const { positionals, values } = parseArgs({ allowPositionals: true, options: { email: { type: 'string' } } });

async function run() {
  const { findUserByEmail } = await import('../lib/server/users/find-user-by-email');
  const { issueResetLink } = await import('../lib/server/password-reset/issue-reset-link');
  const user = await findUserByEmail(values.email ?? '');
  const { link, expiresAt } = await issueResetLink(user, { emailed: false });
  console.log(`A link that sets a new password for ${user.email}: it works once, until ${expiresAt.toISOString()}.`);
  console.log('Hand it over privately: whoever opens it can set the password.');
  console.log(link);
  return 0;
}

if (positionals[0] !== 'reset-link' || !values.email) {
  console.error(USAGE);
  process.exit(2);
}
await runCliCommand({ run });
