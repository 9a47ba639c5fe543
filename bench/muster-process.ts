// A Muster of the benchmark's own: server.ts as a child process on a free port, with a fresh
// MUSTER_HOME so it starts its own embedded PostgreSQL seeded with the demo users, and leaves
// nothing behind when it stops.
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "@/lib/free-port";

/** A cold production start (embedded PostgreSQL init, migrations, seed, Next) takes ~10 s here. */
const READY_TIMEOUT_MS = 120_000;
const READY_POLL_MS = 250;
/** server.ts gives itself 5 s to shut down (SHUTDOWN_GRACE_MS); allow a little more. */
const STOP_TIMEOUT_MS = 8_000;
/** The server's last lines of output, shown when it fails to start. */
const KEPT_OUTPUT_LINES = 40;

export type MusterProcess = {
  origin: string;
  pid: number | undefined;
  /** Its MUSTER_HOME, where its embedded PostgreSQL runs: for data the API has no quick way to make. */
  home: string;
  stop: () => Promise<void>;
};

export type MusterOptions = {
  mode: "production" | "development";
  /** Where the server writes a V8 CPU profile (node --cpu-prof) when it exits; none if unset. */
  cpuProfileDir?: string;
};


async function waitUntilHealthy(origin: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Muster exited with code ${child.exitCode} while starting:\n${output()}`);
    try {
      if ((await fetch(`${origin}/api/health`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, READY_POLL_MS));
  }
  throw new Error(`Muster did not become healthy within ${READY_TIMEOUT_MS / 1000} s:\n${output()}`);
}

function exited(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** If the server had to be killed, its embedded PostgreSQL is still running: stop it by its pid file. */
function stopOrphanedPostgres(home: string) {
  const pidFile = path.join(home, "pgdata", "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    process.kill(pid, "SIGINT"); // PostgreSQL's "fast" shutdown
  } catch {
    // already gone
  }
}

export async function startMuster({ mode, cpuProfileDir }: MusterOptions): Promise<MusterProcess> {
  const home = mkdtempSync(path.join(tmpdir(), "muster-bench-"));
  // mkdtemp makes the folder 0700; run as root, PostgreSQL runs as the postgres user and must be
  // able to reach its data folder inside (as in test/global-setup.ts).
  chmodSync(home, 0o755);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const profiling = cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${cpuProfileDir}`] : [];
  // Always the embedded database, never one named in the caller's environment.
  const callersEnv = { ...process.env };
  delete callersEnv.DATABASE_URL;
  const child = spawn(
    process.execPath,
    [...profiling, "--import", "tsx", "--import", "./scripts/node-server-only.mjs", "server.ts"],
    {
      env: {
        ...callersEnv,
        NODE_ENV: mode,
        PORT: String(port),
        HOST: "127.0.0.1",
        NEXTAUTH_URL: origin,
        MUSTER_HOME: home,
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split("\n").filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - KEPT_OUTPUT_LINES));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);

  // One stop however often it is asked for (the end of the run, Ctrl-C): every caller awaits it.
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= stopAndClean());
  const stopAndClean = async () => {
    child.kill("SIGTERM");
    if (!(await exited(child, STOP_TIMEOUT_MS))) {
      child.kill("SIGKILL");
      await exited(child, STOP_TIMEOUT_MS);
      stopOrphanedPostgres(home);
    }
    rmSync(home, { recursive: true, force: true });
  };

  try {
    await waitUntilHealthy(origin, child, () => lines.join("\n"));
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, pid: child.pid, home, stop };
}
