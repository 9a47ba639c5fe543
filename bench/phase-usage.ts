// What a measured phase cost, read from Linux's /proc (proc(5)); elsewhere the figures are left out.
// The server's CPU time tells where a tick's cost lies; the CPU that other work on the machine took
// meanwhile tells whether the figures can be trusted (these machines are shared).
import { readdirSync, readFileSync } from "node:fs";

/** Kernel clock ticks per second in /proc; 100 on every Linux these benchmarks run on. */
const CLOCK_TICKS_PER_SECOND = 100;
const ticksToMs = (ticks: number) => (ticks * 1000) / CLOCK_TICKS_PER_SECOND;

export type PhaseUsage = {
  /** The Muster server process's CPU time during the phase. */
  serverCpuMs: number | undefined;
  /** CPU taken by processes other than this benchmark, the server and its PostgreSQL, in % of one core. */
  othersCpuPercent: number | undefined;
  /** The phase's window on the monotonic clock, which V8 also stamps CPU-profile samples with. */
  fromUs: number;
  toUs: number;
};

const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

/** Every process's parent and CPU time (user + system, fields 14 and 15 of /proc/<pid>/stat). */
function processTable(): Map<number, { parent: number; cpuMs: number }> {
  const table = new Map<number, { parent: number; cpuMs: number }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      table.set(Number(entry), { parent: Number(fields[1]), cpuMs: ticksToMs(Number(fields[11]) + Number(fields[12])) });
    } catch {
      // the process ended while being read
    }
  }
  return table;
}

/** CPU time of a process and all its descendants (the bench → server → PostgreSQL → backends). */
function treeCpuMs(table: Map<number, { parent: number; cpuMs: number }>, root: number): number {
  let total = 0;
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    total += table.get(pid)?.cpuMs ?? 0;
    for (const [child, { parent }] of table) if (parent === pid) queue.push(child);
  }
  return total;
}

/** Busy CPU time of the whole machine, all cores: the first line of /proc/stat less idle and iowait. */
function machineBusyMs(): number {
  const [, ...times] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = times; // idle and iowait are not busy
  return ticksToMs(user + nice + system + irq + softirq + steal);
}

function snapshot(serverPid: number | undefined) {
  try {
    const table = processTable();
    return { server: serverPid ? table.get(serverPid)?.cpuMs : undefined, ours: treeCpuMs(table, process.pid), machine: machineBusyMs() };
  } catch {
    return undefined; // not Linux
  }
}

/** Starts measuring a phase; the function it returns ends it. */
export function trackPhase(serverPid: number | undefined): () => PhaseUsage {
  const fromUs = monotonicUs();
  const before = snapshot(serverPid);
  return () => {
    const after = snapshot(serverPid);
    const toUs = monotonicUs();
    const serverCpuMs = before?.server !== undefined && after?.server !== undefined ? after.server - before.server : undefined;
    const othersMs = before && after ? after.machine - before.machine - (after.ours - before.ours) : undefined;
    const othersCpuPercent = othersMs === undefined ? undefined : Math.max(0, (100 * othersMs) / ((toUs - fromUs) / 1000));
    return { serverCpuMs, othersCpuPercent, fromUs, toUs };
  };
}

/** The process's resident memory now, in MB (VmRSS in /proc/<pid>/status); undefined elsewhere. */
export function residentMb(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}
