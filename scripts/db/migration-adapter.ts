// A pg driver adapter that Prisma's WebAssembly schema engine can migrate and diff with.
// @prisma/adapter-pg needs two corrections for that job:
//  1. Its connectToShadowDb() reconnects to the *main* database when built from a connection
//     string. We create the shadow database ourselves and drop it on dispose.
//  2. It cannot map PostgreSQL's internal "char" type (oid 18) that the schema describer reads
//     from the catalogs. We report those columns as ColumnTypeEnum.Character.
//  3. Its executeScript splits a migration on every ";", inside function bodies too. We split
//     on the semicolons that end statements (split-sql-script.ts) and run each one whole.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { splitSqlScript } from './split-sql-script';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
} from '@prisma/driver-adapter-utils';

const CHAR_OID = 18;
const TEXT_OID = 25;
const SHADOW_PREFIX = 'margin_shadow_';

/** Column indexes of `"char"` results, keyed by SQL text (the adapter rebuilds result objects). */
type CharColumns = Map<string, number[]>;

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function rememberCharColumns(sql: string, result: QueryResultLike, charColumns: CharColumns) {
  const indexes: number[] = [];
  result.fields?.forEach((field, i) => {
    if (field.dataTypeID === CHAR_OID) {
      field.dataTypeID = TEXT_OID; // lets the adapter map the row; corrected in queryRaw below
      indexes.push(i);
    }
  });
  if (indexes.length > 0) charColumns.set(sql, indexes);
}

function sqlOf(config: unknown): string {
  if (typeof config === 'string') return config;
  return (config as { text?: string }).text ?? '';
}

function patchQuery<T extends { query: (...args: never[]) => unknown }>(target: T, charColumns: CharColumns) {
  const original = target.query.bind(target) as (...args: unknown[]) => unknown;
  (target as { query: unknown }).query = (...args: unknown[]) => {
    const sql = sqlOf(args[0]);
    const callback = args.at(-1);
    if (typeof callback === 'function') {
      // pg's Pool calls its clients with a callback; results arrive there, not in a promise.
      args[args.length - 1] = (error: unknown, result: QueryResultLike | undefined) => {
        if (result) rememberCharColumns(sql, result, charColumns);
        callback(error, result);
      };
      return original(...args);
    }
    return (original(...args) as Promise<QueryResultLike>).then((result) => {
      rememberCharColumns(sql, result, charColumns);
      return result;
    });
  };
}

function createPool(config: pg.PoolConfig, charColumns: CharColumns): pg.Pool {
  const pool = new pg.Pool(config);
  patchQuery(pool, charColumns);
  pool.on('connect', (client) => patchQuery(client, charColumns));
  return pool;
}

function withCharColumns(adapter: SqlDriverAdapter, charColumns: CharColumns): SqlDriverAdapter {
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query: SqlQuery) => {
    const result = await queryRaw(query);
    for (const i of charColumns.get(query.sql) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return adapter;
}

function withStatementSplitting(adapter: SqlDriverAdapter): SqlDriverAdapter {
  adapter.executeScript = async (script: string) => {
    for (const sql of splitSqlScript(script)) await adapter.executeRaw({ sql, args: [], argTypes: [] });
  };
  return adapter;
}

async function connectWith(config: pg.PoolConfig, charColumns: CharColumns, onDispose?: () => Promise<void>) {
  const pool = createPool(config, charColumns);
  const adapter = await new PrismaPg(pool).connect();
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await dispose();
    await pool.end();
    await onDispose?.();
  };
  return withStatementSplitting(withCharColumns(adapter, charColumns));
}

async function withAdminClient<T>(connectionString: string, run: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Drops shadow databases left behind by an interrupted earlier run. */
export async function dropLeftoverShadowDatabases(connectionString: string) {
  await withAdminClient(connectionString, async (client) => {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      `${SHADOW_PREFIX}%`,
    ]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}

export function createMigrationAdapterFactory(connectionString: string): SqlMigrationAwareDriverAdapterFactory {
  const charColumns: CharColumns = new Map();
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: () => connectWith({ connectionString }, charColumns),
    async connectToShadowDb() {
      const database = `${SHADOW_PREFIX}${randomUUID().replaceAll('-', '')}`;
      await withAdminClient(connectionString, (client) => client.query(`CREATE DATABASE "${database}"`));
      const url = new URL(connectionString);
      url.pathname = `/${database}`;
      return connectWith({ connectionString: url.toString() }, charColumns, () =>
        withAdminClient(connectionString, (client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)).then(
          () => undefined,
        ),
      );
    },
  };
}
