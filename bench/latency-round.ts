// One latency round: N clients in one incident's room; ticks go through the HTTP API one after
// another, and each is timed from just before its PATCH to its arrival at every client.
import type { MusterApi } from "./muster-api";
import { distribution, type Distribution } from "./percentiles";
import { trackPhase, type PhaseUsage } from "./phase-usage";
import { closeClients, connectClients, joinIncident } from "./socket-clients";

/** How long one tick may take to reach every client before the stragglers count as missed. */
const DELIVERY_TIMEOUT_MS = 10_000;
/** After the last tick, how long to keep listening so late duplicates are still counted. */
const SETTLE_MS = 500;
/** Lets the server finish closing the last round's sockets before the next round is timed. */
const CLOSE_PAUSE_MS = 1_000;

export type LatencyResult = {
  clients: number;
  ticks: number;
  /** Tick request → arrival, one sample per (tick, client). */
  arrival: Distribution;
  /** The PATCH round trip alone: HTTP, authentication, the transaction, the emit. */
  request: Distribution;
  /** Per tick, first arrival → last arrival: the fan-out to N sockets. */
  spread: Distribution;
  missed: number;
  duplicates: number;
  /** Ticks the API did not accept (it should accept them all: no one else ticks). */
  refused: number;
  /** Clients the server dropped during the round. */
  dropped: number;
  /** While the ticks ran (connecting and joining excluded). */
  usage: PhaseUsage;
};

type PendingTick = {
  sentAt: number;
  arrivalsPerClient: Uint32Array;
  waitingFor: number;
  firstAt: number;
  lastAt: number;
  allArrived: () => void;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function withTimeout(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([promise, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]).finally(() => clearTimeout(timer));
}

export async function runLatencyRound(
  origin: string,
  token: string,
  api: MusterApi,
  { clientCount, tickCount, serverPid }: { clientCount: number; tickCount: number; serverPid: number | undefined },
): Promise<LatencyResult> {
  const incident = await api.declareIncident(`Bench: latency with ${clientCount} clients`);
  const items = incident.checklist.map((item) => ({ ...item }));
  // An event is matched to its tick by item and version: each accepted tick makes a new version.
  const pending = new Map<string, PendingTick>();
  const arrival: number[] = [];
  let dropped = 0;

  const clients = await connectClients(origin, token, clientCount);
  try {
    clients.forEach((socket, client) => {
      socket.on("disconnect", (reason) => {
        if (reason !== "io client disconnect") dropped++;
      });
      socket.on("incident:event", (event) => {
        if (event.type !== "checklist.item_updated") return;
        const tick = pending.get(`${event.data.itemId}:${event.data.version}`);
        if (!tick) return;
        const now = performance.now();
        if (++tick.arrivalsPerClient[client] > 1) return; // a duplicate, counted at the end
        arrival.push(now - tick.sentAt);
        tick.firstAt = Math.min(tick.firstAt, now);
        tick.lastAt = Math.max(tick.lastAt, now);
        if (--tick.waitingFor === 0) tick.allArrived();
      });
    });
    await joinIncident(clients, incident.id);

    const request: number[] = [];
    let refused = 0;
    const endUsage = trackPhase(serverPid);
    for (let n = 0; n < tickCount; n++) {
      const item = items[n % items.length];
      let allArrived = () => {};
      const delivered = new Promise<void>((resolve) => (allArrived = resolve));
      const tick: PendingTick = {
        sentAt: 0,
        arrivalsPerClient: new Uint32Array(clientCount),
        waitingFor: clientCount,
        firstAt: Infinity,
        lastAt: -Infinity,
        allArrived,
      };
      // Registered before the PATCH: the event can reach a client before the response does.
      pending.set(`${item.id}:${item.version + 1}`, tick);
      tick.sentAt = performance.now();
      const outcome = await api.tick(incident.id, item.id, !item.done, item.version);
      request.push(performance.now() - tick.sentAt);
      if (outcome.status !== 200 || !("item" in outcome) || outcome.item.version !== item.version + 1) {
        refused++;
        pending.delete(`${item.id}:${item.version + 1}`);
        if ("current" in outcome) Object.assign(item, outcome.current);
        continue;
      }
      Object.assign(item, outcome.item);
      await withTimeout(delivered, DELIVERY_TIMEOUT_MS);
    }
    const usage = endUsage();
    await sleep(SETTLE_MS);

    const ticks = [...pending.values()];
    const counts = ticks.flatMap((tick) => [...tick.arrivalsPerClient]);
    return {
      clients: clientCount,
      ticks: ticks.length,
      arrival: distribution(arrival),
      request: distribution(request),
      spread: distribution(ticks.filter((tick) => tick.lastAt >= tick.firstAt).map((tick) => tick.lastAt - tick.firstAt)),
      missed: counts.filter((count) => count === 0).length,
      duplicates: counts.reduce((sum, count) => sum + Math.max(0, count - 1), 0),
      refused,
      dropped,
      usage,
    };
  } finally {
    closeClients(clients);
    await sleep(CLOSE_PAUSE_MS);
  }
}
