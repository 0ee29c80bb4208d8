// Runs `prisma generate` offline. The Prisma CLI insists on locating its native schema engine
// even though generating the client never uses it, and cannot download one here; pointing
// PRISMA_SCHEMA_ENGINE_BINARY at any existing file satisfies that check. Migrations do not use
// that engine at all: they go through @prisma/schema-engine-wasm (scripts/db/).
import { spawnSync } from 'node:child_process';

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  CHECKPOINT_DISABLE: '1',
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
};
const result = spawnSync('npx', ['--no-install', 'prisma', 'generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
