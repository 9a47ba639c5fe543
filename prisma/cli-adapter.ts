// Workarounds that let Prisma 6.19's CLI run migrations through the WebAssembly schema engine and
// @prisma/adapter-pg, so no engine binary is downloaded. Used by prisma.config.ts alone; delete
// each fix when Prisma ships its own.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

type QueryResultLike = { fields?: { dataTypeID: number }[] } | undefined;

const PG_CHAR_OID = 18;
const PG_NAME_OID = 19;
const PG_TEXT_OID = 25;

// prisma/orm#27403: the schema engine reads pg_catalog columns of type "char" and "name", which
// the adapter cannot deserialise ("Column type 'name' could not be deserialized"). Report them as
// text, in this CLI process only.
function reportCatalogNamesAsText<T extends QueryResultLike>(result: T): T {
  for (const field of result?.fields ?? []) {
    if (field.dataTypeID === PG_CHAR_OID || field.dataTypeID === PG_NAME_OID) field.dataTypeID = PG_TEXT_OID;
  }
  return result;
}

type Callback = (error: unknown, result: QueryResultLike) => void;
const originalQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
(pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (
  this: pg.Client,
  ...args: unknown[]
) {
  const last = args[args.length - 1];
  if (typeof last === "function") {
    const callback = last as Callback;
    args[args.length - 1] = (error: unknown, result: QueryResultLike) =>
      callback(error, error ? result : reportCatalogNamesAsText(result));
  } else if (args[0] && typeof (args[0] as { callback?: unknown }).callback === "function") {
    const config = args[0] as { callback: Callback };
    const callback = config.callback;
    config.callback = (error, result) => callback(error, error ? result : reportCatalogNamesAsText(result));
  }
  const returned = originalQuery.apply(this, args);
  return returned instanceof Promise ? returned.then(reportCatalogNamesAsText) : returned;
};

type ConnectionFields = {
  host: string;
  port: number;
  user: string;
  password: string | undefined;
  database: string;
  allowExitOnIdle: boolean;
};

// Discrete fields rather than a connection string: a string would override the shadow database's
// name below.
function connectionFields(url: string): ConnectionFields {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password) || undefined,
    database: parsed.pathname.slice(1),
    // The CLI never ends its pool: without this every command hangs ~10 s (pg's idle timeout).
    allowExitOnIdle: true,
  };
}

// The adapter's own pool, which its executeScript uses.
type ScriptRunner = { executeScript(script: string): Promise<void>; client: { query(sql: string): Promise<unknown> } };

// The adapter runs a migration by splitting it at every ";", which breaks any statement with a
// semicolon inside (a PL/pgSQL trigger function). PostgreSQL takes a whole script as one simple
// query, which also makes each migration a single implicit transaction.
function runScriptsWhole<T>(adapter: T): T {
  const runner = adapter as unknown as ScriptRunner;
  Object.defineProperty(runner, "executeScript", {
    value: async (script: string) => {
      await runner.client.query(script);
    },
  });
  return adapter;
}

// `migrate dev` needs a shadow database; the adapter drops it again when disposed.
class MigratingPg extends PrismaPg {
  constructor(private readonly fields: ConnectionFields) {
    super(fields);
  }

  override async connect() {
    return runScriptsWhole(await super.connect());
  }

  private async runAsAdmin(sql: string) {
    const client = new pg.Client({ ...this.fields, database: "postgres" });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }

  override async connectToShadowDb() {
    const name = `prisma_shadow_${process.pid}_${Date.now()}`;
    await this.runAsAdmin(`CREATE DATABASE "${name}"`);
    const shadowFields = { ...this.fields, database: name };
    const adapter = runScriptsWhole(await new PrismaPg(shadowFields).connect());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await this.runAsAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    };
    return adapter;
  }
}

export function migratingAdapter(databaseUrl: string) {
  return new MigratingPg(connectionFields(databaseUrl));
}
