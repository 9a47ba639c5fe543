// One board round: N viewers follow the status board over their sockets; ticks on one incident go
// through the API, each far enough apart to be its own push, and each is timed from just before
// its PATCH to the pushed card's arrival at every viewer. The server's CPU per change shows
// whether a change costs more as more people watch (it should cost the broadcast alone).
import type { BoardIncidentView } from "@/lib/status-board/types";
import type { MusterApi } from "./muster-api";
import { distribution, type Distribution } from "./percentiles";
import { trackPhase, type PhaseUsage } from "./phase-usage";
import { closeClients, connectClients } from "./socket-clients";

/** Past the board's gathering window, so that each change is pushed on its own. */
const BETWEEN_CHANGES_MS = 600;
const DELIVERY_TIMEOUT_MS = 10_000;
const JOIN_TIMEOUT_MS = 20_000;

export type BoardResult = {
  viewers: number;
  changes: number;
  /** Tick request → the changed card at each viewer, one sample per (change, viewer). */
  arrival: Distribution;
  missed: number;
  /** Bytes of the last push, as it went over the wire. */
  pushBytes: number;
  usage: PhaseUsage;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runBoardRound(
  origin: string,
  token: string,
  api: MusterApi,
  { viewerCount, changeCount, serverPid }: { viewerCount: number; changeCount: number; serverPid: number | undefined },
): Promise<BoardResult> {
  const incident = await api.declareIncident(`Bench: board with ${viewerCount} viewers`);
  const items = incident.checklist.slice(0, changeCount);
  const viewers = await connectClients(origin, token, viewerCount);
  const arrival: number[] = [];
  let missed = 0;
  let pushBytes = 0;
  try {
    await Promise.all(viewers.map((socket) => socket.timeout(JOIN_TIMEOUT_MS).emitWithAck("board:join")));
    // Each viewer's latest done count of the incident's checklist, as its pushes said.
    const doneAt = new Uint32Array(viewerCount);
    let waiting = { done: 0, sentAt: 0, left: 0, resolve: () => {} };
    viewers.forEach((socket, viewer) =>
      socket.on("board:update", (update) => {
        const cards: BoardIncidentView[] = update.kind === "board" ? [...update.board.active, ...update.board.drills] : update.cards;
        const card = cards.find((candidate) => candidate.id === incident.id);
        if (viewer === 0) pushBytes = JSON.stringify(update).length;
        if (!card || card.checklist.done === doneAt[viewer]) return;
        doneAt[viewer] = card.checklist.done;
        if (card.checklist.done !== waiting.done) return;
        arrival.push(performance.now() - waiting.sentAt);
        if (--waiting.left === 0) waiting.resolve();
      }),
    );
    await sleep(BETWEEN_CHANGES_MS);

    const endUsage = trackPhase(serverPid);
    for (const [index, item] of items.entries()) {
      const delivered = new Promise<void>((resolve) => (waiting = { done: index + 1, sentAt: performance.now(), left: viewerCount, resolve }));
      await api.tick(incident.id, item.id, true, item.version);
      const timedOut = await Promise.race([delivered.then(() => false), sleep(DELIVERY_TIMEOUT_MS).then(() => true)]);
      if (timedOut) missed += waiting.left;
      await sleep(BETWEEN_CHANGES_MS);
    }
    return { viewers: viewerCount, changes: items.length, arrival: distribution(arrival), missed, pushBytes, usage: endUsage() };
  } finally {
    closeClients(viewers);
    await sleep(1_000);
  }
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "–");

export function printBoard(results: BoardResult[]) {
  if (!results.length) return;
  console.log("Board: tick request → the pushed card at every board viewer, ms");
  console.log(["viewers", "changes", "p50", "p95", "p99", "missed", "push bytes", "CPU ms/change"].map((cell) => cell.padStart(10)).join(""));
  for (const { viewers, changes, arrival, missed, pushBytes, usage } of results) {
    // The phase's CPU less nothing: the sleeps between changes are idle, so it is the changes' cost.
    const cpu = usage.serverCpuMs === undefined || !changes ? "–" : (usage.serverCpuMs / changes).toFixed(1);
    console.log([viewers, changes, ms(arrival.p50), ms(arrival.p95), ms(arrival.p99), missed, pushBytes, cpu].map((cell) => String(cell).padStart(10)).join(""));
  }
  console.log("  target: p99 ≤ 1000 ms at 1,000 viewers; CPU per change flat from 10 to 1,000 viewers beyond the broadcast\n");
}
