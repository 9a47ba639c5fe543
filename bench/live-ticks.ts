// npm run bench: how fast a checklist tick reaches everyone in the war room, and how many ticks per
// second Muster sustains without losing one. Starts its own Muster (production build, fresh
// embedded database) and, on the same PostgreSQL, a bare tick stack (bare-tick-server.ts) that each
// tick round runs against too, just before Muster; prints the figures and Muster's ratios to the
// bare stack against the targets, and cleans up after itself.
//
//   BENCH_MODE=development        run against the dev server (no build needed)
//   BENCH_CPU_PROFILE_DIR=<dir>   profile the server (node --cpu-prof) and show where its time went
//   BENCH_CLIENTS=200,1000  BENCH_TICKS=100  BENCH_TICKERS=50  BENCH_SECONDS=10
//   BENCH_STATUS_READERS=50  BENCH_STATUS_SECONDS=5   the public status page's readers, first
//   BENCH_BOARD_VIEWERS=10,100,1000  BENCH_BOARD_CHANGES=10
//   BENCH_ROUNDS=status,latency,board,opening,throughput   which rounds to run
//
// Exits 1 if a tick was lost, missed or duplicated, or an unchanged public page was not a 304;
// slow figures are reported, not failed.
import { runningEmbeddedDatabaseUrl } from "@/lib/database/embedded";
import { printBoard, runBoardRound, type BoardResult } from "./board-round";
import { startChildServer, type ChildServer } from "./child-server";
import { printCpuProfileSummary, type Phase } from "./cpu-profile-summary";
import { runLatencyRound, type LatencyResult } from "./latency-round";
import { printLongIncident, runLongIncidentRound } from "./long-incident-round";
import { createBenchToken, musterApi, type Incident, type MusterApi } from "./muster-api";
import { startMuster, type MusterProcess } from "./muster-process";
import { residentMb } from "./phase-usage";
import { runPublicStatusRound } from "./public-status-round";
import { printLatency, printMachine, printPublicStatus, printPublicStatusTargets, printTargets, printThroughput, type AgainstBare } from "./report";
import { runThroughputRound, type ThroughputResult } from "./throughput-round";

const mode = process.env.BENCH_MODE === "development" ? "development" : "production";
const clientCounts = (process.env.BENCH_CLIENTS ?? "200,1000").split(",").filter(Boolean).map(Number);
const ticksPerRound = Number(process.env.BENCH_TICKS ?? 100);
const tickerCount = Number(process.env.BENCH_TICKERS ?? 50);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const cpuProfileDir = process.env.BENCH_CPU_PROFILE_DIR;
const statusReaders = Number(process.env.BENCH_STATUS_READERS ?? 50);
const statusSeconds = Number(process.env.BENCH_STATUS_SECONDS ?? 5);
const boardViewerCounts = (process.env.BENCH_BOARD_VIEWERS ?? "10,100,1000").split(",").filter(Boolean).map(Number);
const boardChangeCount = Number(process.env.BENCH_BOARD_CHANGES ?? 10);
const rounds = new Set((process.env.BENCH_ROUNDS ?? "status,latency,board,opening,throughput").split(","));

let muster: MusterProcess | undefined;
let bareTicks: ChildServer | undefined;
const phases: Phase[] = [];

/** Enough incidents that each ticker has an item of its own (items per incident vary by scenario). */
async function incidentsWithItems(api: MusterApi, itemCount: number): Promise<Incident[]> {
  const incidents: Incident[] = [];
  while (incidents.reduce((sum, incident) => sum + incident.checklist.length, 0) < itemCount) {
    incidents.push(await api.declareIncident(`Bench: throughput, own items ${incidents.length + 1}`));
  }
  return incidents;
}

/**
 * The bare tick stack on Muster's own PostgreSQL. Incidents are still declared in Muster, so both
 * stacks tick the same rows of the same table; everything else goes to the bare stack.
 */
async function startBareTickStack(server: MusterProcess, api: MusterApi): Promise<{ stack: ChildServer; api: MusterApi }> {
  const databaseUrl = runningEmbeddedDatabaseUrl(server.home);
  if (!databaseUrl) throw new Error("Muster's embedded PostgreSQL is not running: the bare stack has no database.");
  const stack = await startChildServer("bare-tick-server.ts", [], { DATABASE_URL: databaseUrl });
  return { stack, api: { ...musterApi(stack.origin, ""), declareIncident: api.declareIncident } };
}

async function main(server: MusterProcess) {
  const token = await createBenchToken(server.origin);
  const api = musterApi(server.origin, token);
  const serverPid = server.pid;

  // First, on a quiet server: what a crowd reading the public page costs, as a share of bare Node.
  const publicStatus = rounds.has("status")
    ? (console.log(`Public status round: ${statusReaders} readers, ${statusSeconds} s per target…`),
      await runPublicStatusRound(server.origin, { concurrency: statusReaders, seconds: statusSeconds, serverPid }))
    : undefined;
  for (const result of publicStatus?.targets ?? []) phases.push({ label: result.name, ...result.usage });

  const bare = rounds.has("latency") || rounds.has("throughput") ? await startBareTickStack(server, api) : undefined;
  bareTicks = bare?.stack;

  // Each round runs on the bare stack just before Muster, so both see the machine as it is then.
  const latency: AgainstBare<LatencyResult>[] = [];
  for (const clientCount of rounds.has("latency") ? clientCounts : []) {
    console.log(`Latency round: ${clientCount} clients, ${ticksPerRound} ticks, bare stack then Muster…`);
    const bareResult = bare && (await runLatencyRound(bare.stack.origin, token, bare.api, { clientCount, tickCount: ticksPerRound, serverPid: bare.stack.child.pid }));
    const result = await runLatencyRound(server.origin, token, api, { clientCount, tickCount: ticksPerRound, serverPid });
    latency.push({ muster: result, bare: bareResult });
    phases.push({ label: `${clientCount} clients`, ...result.usage });
  }

  const board: BoardResult[] = [];
  for (const viewerCount of rounds.has("board") ? boardViewerCounts : []) {
    console.log(`Board round: ${viewerCount} viewers, ${boardChangeCount} changes…`);
    const result = await runBoardRound(server.origin, token, api, { viewerCount, changeCount: boardChangeCount, serverPid });
    board.push(result);
    phases.push({ label: `board, ${viewerCount} viewers`, ...result.usage });
  }

  const opening = rounds.has("opening")
    ? (console.log("Opening round: incidents of 100 and 10,000 events…"), await runLongIncidentRound(server.origin, server.home, token, api))
    : [];

  const throughput: AgainstBare<ThroughputResult>[] = [];
  if (rounds.has("throughput")) {
    // Two layouts: a war room where tickers race for the same items (409s are part of the work), and
    // the same load without races, which shows what the server itself sustains.
    const shared = [await api.declareIncident("Bench: throughput, shared items")];
    const spread = await incidentsWithItems(api, tickerCount);
    const layouts = [
      { layout: `1 incident, ${shared[0].checklist.length} items shared`, incidents: shared, label: "shared items", via: "api" as const, againstBare: false },
      { layout: `${spread.length} incidents, 1 item per ticker`, incidents: spread, label: "own items", via: "api" as const, againstBare: true },
      // The war room's own path: the browser ticks over its socket, without an HTTP request per tick.
      { layout: `${spread.length} incidents, 1 item per ticker, socket`, incidents: spread, label: "own items, socket", via: "socket" as const, againstBare: true },
    ];
    for (const { layout, incidents, label, via, againstBare } of layouts) {
      console.log(`Throughput round: ${tickerCount} tickers, ${layout}, ${seconds} s${againstBare ? ", bare stack then Muster" : ""}…`);
      const round = { layout, incidents, tickers: tickerCount, seconds, via };
      const bareResult = bare && againstBare ? await runThroughputRound(bare.stack.origin, token, bare.api, { ...round, serverPid: bare.stack.child.pid }) : undefined;
      const result = await runThroughputRound(server.origin, token, api, { ...round, serverPid });
      throughput.push({ muster: result, bare: bareResult });
      phases.push({ label, ...result.usage });
    }
  }

  console.log("");
  if (publicStatus) printPublicStatus(publicStatus, statusReaders);
  printLatency(latency);
  if (throughput.length) printThroughput(throughput);
  printBoard(board);
  printLongIncident(opening);
  const rss = residentMb(serverPid);
  if (rss !== undefined) console.log(`Server memory after the rounds: ${rss.toFixed(0)} MB resident, having held up to 1,000 sockets (target ≤ 400 MB while holding 1,000)\n`);
  if (publicStatus && !printPublicStatusTargets(publicStatus)) process.exitCode = 1;
  if ((latency.length || throughput.length) && !printTargets(latency, throughput)) process.exitCode = 1;
}

let stopped: Promise<void> | undefined;
function stopMuster() {
  return (stopped ??= (async () => {
    bareTicks?.child.kill();
    await muster?.stop();
    // The profile is written as the server exits, so it is read after the stop.
    if (cpuProfileDir && muster?.pid && phases.length) printCpuProfileSummary(cpuProfileDir, muster.pid, phases);
  })());
}

process.once("SIGINT", () => {
  void stopMuster().finally(() => process.exit(130));
});

try {
  printMachine(mode);
  console.log(`Starting Muster (${mode})…`);
  muster = await startMuster({ mode, cpuProfileDir });
  await main(muster);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await stopMuster();
}
// Socket.IO clients and keep-alive connections would hold the process open.
process.exit();
