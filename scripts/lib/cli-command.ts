// The frame of the administrators' commands (npm run account, token, workspace): the app's
// database (DATABASE_URL, else the embedded PostgreSQL of `npm start`), the command, a refusal
// said as its message (and the fields it names) rather than a stack trace, then the database
// closed and the process ended with the command's exit code.
import { openCliDatabase } from '../db/app-database';

type CliCommand = {
  /** The command itself, on the open database; returns the exit code. */
  run: (databaseUrl: string) => Promise<number>;
  /** A message for an error other than the app's own refusals (a missing file), or null to throw it. */
  explain?: (error: unknown) => string | null;
};

export async function runCliCommand({ run, explain = () => null }: CliCommand): Promise<never> {
  const database = await openCliDatabase();
  process.env.DATABASE_URL = database.url;
  let code = 1;
  try {
    code = await run(database.url);
  } catch (error) {
    const { toAppError } = await import('../../lib/errors');
    const known = toAppError(error);
    const message = known
      ? [known.message, ...Object.entries(known.fieldErrors ?? {}).map(([field, messages]) => `  --${field}: ${messages.join(' ')}`)].join(
          '\n',
        )
      : explain(error);
    if (message === null) throw error;
    console.error(message);
  } finally {
    const { getDb } = await import('../../lib/db');
    await getDb().$disconnect();
    await database.stop();
  }
  process.exit(code);
}
