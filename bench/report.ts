// The figures as a small table, then each target of the issue with "met" or "missed".
import { cpus, loadavg } from "node:os";
import type { LatencyResult } from "./latency-round";
import type { PhaseUsage } from "./phase-usage";
import type { PublicStatusResult } from "./public-status-round";
import type { ThroughputResult } from "./throughput-round";

/** The targets, set for a 2-core machine. */
export const TARGETS = {
  p99MsAt: { 200: 50, 1000: 250 } as Record<number, number>,
  ticksPerSecond: 500,
  lost: 0,
  /** Each incident's live events leave every node in sequence order. */
  liveOutOfOrder: 0,
  /** The public status page under a crowd: a share of a bare Node server's rate, and its p99. */
  publicStatus: { shareOfBare: 0.5, p99Ms: 100 },
  /** Against the bare tick stack in the same run: Muster's share of its ticks per second, by path… */
  tickShareOfBare: { api: 0.5, socket: 0.75 },
  /** …and how many times the bare stack's tick → every client p99 Muster may take. */
  p99TimesBare: 1.5,
};

/** A Muster figure with the bare stack's, measured just before it in the same run (none if not measured). */
export type AgainstBare<T> = { muster: T; bare: T | undefined };

/** The Muster row then, when measured, the bare stack's row beneath it. */
const withBareRows = <T>(pairs: AgainstBare<T>[]) =>
  pairs.flatMap(({ muster, bare }) => [{ stack: "Muster", result: muster }, ...(bare ? [{ stack: "bare", result: bare }] : [])]);
const ratio = (value: number, base: number) => (base > 0 && Number.isFinite(value) && Number.isFinite(base) ? value / base : NaN);
const times = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : "–");

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "–");
const row = (cells: (string | number)[], widths: number[]) => cells.map((cell, i) => String(cell).padStart(widths[i])).join("  ");
/** Server CPU per request; a 500 ticks/s target on one Node process leaves at most 2 ms. */
const cpuPer = ({ serverCpuMs }: PhaseUsage, requests: number) => (serverCpuMs === undefined || !requests ? "–" : (serverCpuMs / requests).toFixed(2));
const others = ({ othersCpuPercent }: PhaseUsage) => (othersCpuPercent === undefined ? "–" : `${othersCpuPercent.toFixed(0)} %`);
const USAGE_NOTES = [
  "  CPU ms: the Muster server process's CPU time during the phase, per tick (or PATCH answered)",
  "  others: CPU taken meanwhile by processes other than this bench, Muster and its PostgreSQL (100 % = one core)",
];

export function printMachine(mode: string) {
  const cores = cpus();
  console.log(`Machine: ${cores.length} cores (${cores[0]?.model.trim() ?? "unknown CPU"}), Node ${process.version}, Muster in ${mode}`);
  // The bench, the server and PostgreSQL share these cores with whatever else runs here.
  console.log(`Load average at start: ${loadavg().map((load) => load.toFixed(2)).join(" / ")} (1 / 5 / 15 min)\n`);
}

export function printLatency(results: AgainstBare<LatencyResult>[]) {
  if (!results.length) return;
  const widths = [6, 7, 5, 6, 6, 6, 6, 9, 8, 6, 10, 7, 7, 11, 6];
  console.log("Latency: tick request → arrival at every client, ms (over all tick × client samples)");
  console.log(row(["stack", "clients", "ticks", "p50", "p95", "p99", "max", "PATCH p50", "fan-out*", "missed", "duplicates", "refused", "dropped", "CPU ms/tick", "others"], widths));
  for (const { stack, result } of withBareRows(results)) {
    console.log(
      row(
        [stack, result.clients, result.ticks, ms(result.arrival.p50), ms(result.arrival.p95), ms(result.arrival.p99), ms(result.arrival.max),
          ms(result.request.p50), ms(result.spread.p50), result.missed, result.duplicates, result.refused, result.dropped,
          cpuPer(result.usage, result.ticks), others(result.usage)],
        widths,
      ),
    );
  }
  console.log("  * fan-out: per tick, first client's arrival → last client's arrival (p50)");
  console.log("  bare: plain HTTP or Socket.IO → one UPDATE on the same PostgreSQL → one broadcast, no sign-in, no timeline\n");
}

export function printThroughput(results: AgainstBare<ThroughputResult>[]) {
  const widths = [6, 34, 7, 7, 8, 10, 6, 6, 4, 10, 10, 6];
  console.log("Throughput: concurrent tickers through PATCH /api/incidents/{id}/checklist/{itemId}, or the socket's checklist:set");
  console.log(row(["stack", "layout", "tickers", "seconds", "accepted", "accepted/s", "409s", "errors", "lost", "late live*", "CPU ms/req", "others"], widths));
  for (const { stack, result } of withBareRows(results)) {
    console.log(
      row([stack, result.layout, result.tickers, result.seconds.toFixed(1), result.accepted, (result.accepted / result.seconds).toFixed(0),
        result.conflicts, result.errors, result.lost, result.liveOutOfOrder,
        cpuPer(result.usage, result.accepted + result.conflicts + result.errors), others(result.usage)], widths),
    );
    for (const problem of result.problems) console.log(`  ! ${stack}: ${problem}`);
  }
  console.log("  * late live: live events that reached the observer after an event with a higher seq");
  console.log(`${USAGE_NOTES.join("\n")}\n`);
}

const tickRate = (result: ThroughputResult) => result.accepted / result.seconds;

/** Prints each target's verdict; returns whether every correctness check (nothing lost or missed) held, on both stacks. */
export function printTargets(latency: AgainstBare<LatencyResult>[], throughput: AgainstBare<ThroughputResult>[]): boolean {
  const verdict = (met: boolean) => (met ? "met" : "MISSED");
  console.log("Targets (2-core machine)");
  for (const { muster: result, bare } of latency) {
    const target = TARGETS.p99MsAt[result.clients];
    const delivered = result.missed === 0 && result.duplicates === 0;
    if (target !== undefined) console.log(`  p99 ≤ ${target} ms at ${result.clients} clients: ${ms(result.arrival.p99)} ms — ${verdict(result.arrival.p99 <= target)}`);
    if (bare) {
      const share = ratio(result.arrival.p99, bare.arrival.p99);
      console.log(
        `  p99 ≤ ${TARGETS.p99TimesBare}× the bare stack's at ${result.clients} clients: ${ms(result.arrival.p99)} / ${ms(bare.arrival.p99)} ms = ${times(share)} — ${verdict(share <= TARGETS.p99TimesBare)}`,
      );
    }
    console.log(`  every tick reached each of the ${result.clients} clients exactly once — ${verdict(delivered)}`);
  }
  for (const { muster: result, bare } of throughput) {
    const rate = tickRate(result);
    console.log(`  ≥ ${TARGETS.ticksPerSecond} ticks/s (${result.layout}): ${rate.toFixed(0)} — ${verdict(rate >= TARGETS.ticksPerSecond)}`);
    if (bare) {
      const target = TARGETS.tickShareOfBare[result.via];
      const share = ratio(rate, tickRate(bare));
      console.log(
        `  ≥ ${target}× the bare stack's ticks/s (${result.layout}): ${rate.toFixed(0)} / ${tickRate(bare).toFixed(0)} = ${times(share)} — ${verdict(share >= target)}`,
      );
    }
    console.log(`  ${TARGETS.lost} lost updates (${result.layout}): ${result.lost} — ${verdict(result.lost === TARGETS.lost)}`);
    const share = result.liveDelivered ? ((100 * result.liveOutOfOrder) / result.liveDelivered).toFixed(2) : "–";
    console.log(
      `  ${TARGETS.liveOutOfOrder} live events out of order (${result.layout}, ${result.tickers} tickers): ${result.liveOutOfOrder} of ${result.liveDelivered} (${share} %) — ${verdict(result.liveOutOfOrder === TARGETS.liveOutOfOrder)}`,
    );
  }
  const measured = [...latency, ...throughput].flatMap(({ muster, bare }) => (bare ? [muster, bare] : [muster]));
  return measured.every((result) =>
    "missed" in result ? result.missed === 0 && result.duplicates === 0 : result.lost === 0 && result.liveOutOfOrder === TARGETS.liveOutOfOrder,
  );
}

export function printPublicStatus({ bare, targets, notModified }: PublicStatusResult, concurrency: number) {
  const widths = [28, 8, 7, 7, 7, 7, 9, 10, 6];
  console.log(`Public status: ${concurrency} concurrent readers, keep-alive, each asking again as soon as answered`);
  console.log(row(["target", "bytes", "req/s", "p50", "p99", "errors", "× bare", "CPU ms/req", "others"], widths));
  const bareRate = bare.requests / bare.seconds;
  for (const result of [bare, ...targets]) {
    const rate = result.requests / result.seconds;
    console.log(
      row([result.name, result.bytes, rate.toFixed(0), ms(result.latency.p50), ms(result.latency.p99), result.errors,
        times(ratio(rate, bareRate)), cpuPer(result.usage, result.requests), others(result.usage)], widths),
    );
  }
  for (const { path, status } of notModified) console.log(`  If-None-Match with ${path}'s own ETag: ${status}`);
  console.log("");
}

/** Prints the public status targets' verdicts; returns whether the 304s and error-free answers held. */
export function printPublicStatusTargets({ bare, targets, notModified }: PublicStatusResult): boolean {
  const verdict = (met: boolean) => (met ? "met" : "MISSED");
  const { shareOfBare, p99Ms } = TARGETS.publicStatus;
  const bareRate = bare.requests / bare.seconds;
  console.log("Targets, public status");
  for (const result of targets) {
    const share = result.requests / result.seconds / bareRate;
    console.log(`  ≥ ${shareOfBare}× the bare server (${result.name}): ${share.toFixed(2)}× — ${verdict(share >= shareOfBare)}`);
    console.log(`  p99 ≤ ${p99Ms} ms (${result.name}): ${ms(result.latency.p99)} ms — ${verdict(result.latency.p99 <= p99Ms)}`);
  }
  for (const { path, status } of notModified) console.log(`  304 to an unchanged If-None-Match (${path}): ${status} — ${verdict(status === 304)}`);
  console.log("");
  return notModified.every(({ status }) => status === 304) && targets.every((result) => result.errors === 0);
}
