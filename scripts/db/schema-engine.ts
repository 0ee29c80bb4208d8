// Loads Prisma's WebAssembly schema engine by hand (it is published for bundlers) and connects
// it to a PostgreSQL database through our migration adapter. The native engine that `prisma
// migrate` uses cannot be downloaded on our machines; this one ships inside the npm package.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { createMigrationAdapterFactory, dropLeftoverShadowDatabases } from './migration-adapter';
import { SCHEMA_PATH } from './migrations-dir';

type EngineModule = typeof import('@prisma/schema-engine-wasm/schema_engine_bg') & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

let loaded: Promise<EngineModule> | undefined;
let lastPanic = '';

async function loadEngineModule(): Promise<EngineModule> {
  // Without a registry, a Rust panic inside the engine surfaces only as "unreachable".
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
    set_message(message: string) {
      lastPanic = message;
    },
  };
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm'));
  const bg = (await import(pathToFileURL(path.join(dir, 'schema_engine_bg.js')).href)) as EngineModule;
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(path.join(dir, 'schema_engine_bg.wasm')), {
    './schema_engine_bg.js': bg as unknown as WebAssembly.ModuleImports,
  });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
  return bg;
}

export type ConnectedEngine = { engine: SchemaEngine; schemaText: string };

/** Runs `work` with a schema engine connected to `connectionString`, then frees it. */
export async function withSchemaEngine<T>(connectionString: string, work: (connected: ConnectedEngine) => Promise<T>): Promise<T> {
  loaded ??= loadEngineModule();
  const bg = await loaded;
  await dropLeftoverShadowDatabases(connectionString);
  const schemaText = fs.readFileSync(SCHEMA_PATH, 'utf8');
  const adapter = bindMigrationAwareSqlAdapterFactory(createMigrationAdapterFactory(connectionString));
  const engine = await bg.SchemaEngine.new({ datamodels: [[SCHEMA_PATH, schemaText]] }, () => {}, adapter);
  try {
    return await work({ engine, schemaText });
  } catch (error) {
    if (lastPanic) throw new Error(`Prisma schema engine panicked: ${lastPanic}`, { cause: error });
    throw error;
  } finally {
    engine.free();
  }
}
