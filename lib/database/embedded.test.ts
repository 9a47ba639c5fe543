// The embedded database's life across real processes, each Muster home a fresh folder in /tmp.
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runningEmbeddedDatabaseUrl } from "./embedded";

type Started = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

const homes: string[] = [];
const children: ChildProcess[] = [];

function newHome(parent = tmpdir()): string {
  const home = mkdtempSync(path.join(parent, "muster-life-"));
  chmodSync(home, 0o755); // PostgreSQL runs as "postgres" when the tests run as root
  homes.push(home);
  return home;
}

function spawnWith(home: string, args: string[], extraEnv: Record<string, string> = {}): Started {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv, MUSTER_HOME: home } as NodeJS.ProcessEnv;
  delete env.DATABASE_URL; // the test run's own database; the process must start its own
  const child = spawn(process.execPath, ["--import", "tsx", ...args], { env });
  children.push(child);
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

function start(home: string, whenInUse: "refuse" | "share"): Started {
  return spawnWith(home, ["test/embedded-database-process.ts", whenInUse]);
}

/** Resolves once the process says "ready", or fails with what it printed if it exits first. */
function ready(started: Started): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => started.output().split("\n").includes("ready") && resolve();
    started.child.stdout!.on("data", check);
    started.exited.then((code) => reject(new Error(`exited ${code} before ready:\n${started.output()}`)));
  });
}

function postmasterPid(home: string): number {
  return Number(readFileSync(path.join(home, "pgdata", "postmaster.pid"), "utf8").split("\n")[0]);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(")") + 2));
  } catch {
    return false;
  }
}

/** Waits for a process to end; the test's own timeout bounds the wait. */
async function ended(pid: number) {
  while (isRunning(pid)) await new Promise((resolve) => setTimeout(resolve, 50));
  return true;
}

/** Stops a process as a service manager would (SIGTERM) and waits for it to exit. */
async function stop(started: Started) {
  started.child.kill("SIGTERM");
  await started.exited;
}

afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
  for (const home of homes.splice(0)) {
    if (existsSync(path.join(home, "pgdata", "postmaster.pid"))) {
      const pid = postmasterPid(home);
      if (isRunning(pid)) process.kill(pid, "SIGINT");
    }
  }
});

describe("the embedded database's life", { timeout: 90_000 }, () => {
  it("refuses a second server on the same folder, lets a script share it, and only its owner stops it", async () => {
    const home = newHome();
    const server = start(home, "refuse");
    await ready(server);
    const postmaster = postmasterPid(home);
    // A script may name the folder relative to where it runs: the same postmaster, its file kept.
    expect(runningEmbeddedDatabaseUrl(path.relative(process.cwd(), home))).toMatch(/^postgresql:/);
    expect(postmasterPid(home)).toBe(postmaster);

    const second = start(home, "refuse");
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`Another Muster (PID ${server.child.pid}) is using`);
    expect(second.output()).toContain("stop it or set MUSTER_HOME");

    const script = start(home, "share");
    await ready(script);
    await stop(script);
    expect(isRunning(postmaster)).toBe(true);

    await stop(server);
    expect(await ended(postmaster)).toBe(true);
  });

  it("after the owner is killed with -9, the next start stops the orphan and owns a fresh postmaster", async () => {
    const home = newHome();
    const first = start(home, "refuse");
    await ready(first);
    const orphan = postmasterPid(home);
    first.child.kill("SIGKILL");
    await first.exited;
    expect(isRunning(orphan)).toBe(true);

    const next = start(home, "refuse");
    await ready(next);
    expect(next.output()).toContain(`Stopping the embedded PostgreSQL (PID ${orphan})`);
    expect(isRunning(orphan)).toBe(false);
    const owned = postmasterPid(home);
    await stop(next);
    expect(await ended(owned)).toBe(true);
  });

  it("removes a stale postmaster.pid whose PID is another program, and starts", async () => {
    const home = newHome();
    const first = start(home, "refuse");
    await ready(first);
    const pidFile = path.join(home, "pgdata", "postmaster.pid");
    const contents = readFileSync(pidFile, "utf8").split("\n");
    await stop(first);
    // As after a reboot: the file survives and its PID now belongs to someone else (this test).
    writeFileSync(pidFile, [String(process.pid), ...contents.slice(1)].join("\n"));

    const next = start(home, "refuse");
    await ready(next);
    expect(next.output()).toContain(`PID ${process.pid} is not PostgreSQL on this folder`);
    const owned = postmasterPid(home);
    await stop(next);
    expect(await ended(owned)).toBe(true);
  });

  it("stops its database when it dies of an uncaught error", async () => {
    const home = newHome();
    const server = start(home, "refuse");
    await ready(server);
    const postmaster = postmasterPid(home);
    server.child.stdin!.write("crash\n");
    expect(await server.exited).not.toBe(0);
    expect(await ended(postmaster)).toBe(true);
  });

  it.runIf(process.getuid?.() === 0)("says what to do when the user postgres cannot reach the folder", async () => {
    const closed = newHome();
    chmodSync(closed, 0o700); // as /root is
    const home = path.join(closed, "muster");
    mkdirSync(home);
    const server = start(home, "refuse");
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain(`runs as the user "postgres"`);
    expect(server.output()).toContain(`cannot enter ${closed}.`);
    expect(server.output()).toContain("set MUSTER_HOME");
    expect(server.output()).not.toContain("EACCES");
    rmSync(home, { recursive: true, force: true });
  });

  it("a server whose port is in use says so, exits non-zero and stops its own database", async () => {
    const home = newHome();
    const occupant = createServer();
    await new Promise<void>((resolve) => occupant.listen(0, "0.0.0.0", resolve));
    const { port } = occupant.address() as AddressInfo;
    try {
      const server = spawnWith(home, ["--import", "./scripts/node-server-only.mjs", "server.ts"], {
        NODE_ENV: "development",
        PORT: String(port),
        NEXT_TELEMETRY_DISABLED: "1",
      });
      expect(await server.exited).toBe(1);
      expect(server.output()).toContain(`Muster cannot start: port ${port} is in use by another program; stop it or set PORT.`);
      const pidFile = path.join(home, "pgdata", "postmaster.pid");
      if (existsSync(pidFile)) expect(await ended(postmasterPid(home))).toBe(true);
      expect(existsSync(path.join(home, "pgdata.owner"))).toBe(false);
    } finally {
      occupant.close();
    }
  });
});
