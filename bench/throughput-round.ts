// Many tickers at once for a fixed time, each ticking with the version it last saw; then a check
// that no accepted tick was lost from the items, the timeline or the live feed.
import type { IncidentEvent } from "@/lib/timeline/types";
import type { ChecklistItem, Incident, MusterApi } from "./muster-api";
import { trackPhase, type PhaseUsage } from "./phase-usage";
import { closeClients, connectClients, joinIncident, tickOverSocket } from "./socket-clients";

/** After the tickers stop, how long the observers may take to receive the last live events. */
const SETTLE_MS = 1_000;

export type ThroughputResult = {
  layout: string;
  via: "api" | "socket";
  tickers: number;
  seconds: number;
  accepted: number;
  conflicts: number;
  /** Answers other than 200 and 409, and requests that failed outright. */
  errors: number;
  /** Accepted ticks missing from (or extra in) the item versions, the timeline or the live feed. */
  lost: number;
  /** Live events delivered after a later one (not lost: the seq lets a client put them back). */
  liveOutOfOrder: number;
  /** Live events the observers received, the whole that liveOutOfOrder is a share of. */
  liveDelivered: number;
  problems: string[];
  usage: PhaseUsage;
};

type Ticker = { incidentId: string; itemId: string; seen: ChecklistItem };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Events not where a gapless sequence after `afterSeq` puts them (the timeline is read in seq order). */
function seqGaps(events: readonly IncidentEvent[], afterSeq: number): number {
  return events.filter((event, index) => event.seq !== afterSeq + index + 1).length;
}

/** Live events that came after one with a higher seq: clients must reorder (and may re-join). */
function arrivedOutOfOrder(events: readonly IncidentEvent[]): number {
  let highest = -Infinity;
  let late = 0;
  for (const { seq } of events) {
    if (seq < highest) late++;
    highest = Math.max(highest, seq);
  }
  return late;
}

/**
 * Runs `step` over and over in `workers` concurrent loops, each starting its next step when its
 * last one finished, until `seconds` have passed; returns the seconds it took.
 */
export async function loopFor(seconds: number, workers: number, step: (worker: number) => Promise<void>): Promise<number> {
  const startedAt = performance.now();
  const deadline = startedAt + seconds * 1000;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      while (performance.now() < deadline) await step(worker);
    }),
  );
  return (performance.now() - startedAt) / 1000;
}

/**
 * `incidents` sets the contention: tickers take the items in turn, so 50 tickers on one incident's
 * ~16 items race each other for every item, while 50 tickers on four incidents each own an item.
 */
export async function runThroughputRound(
  origin: string,
  token: string,
  api: MusterApi,
  { layout, incidents, tickers: tickerCount, seconds, serverPid, via }: {
    layout: string;
    incidents: Incident[];
    tickers: number;
    seconds: number;
    serverPid: number | undefined;
    /** Through PATCH (automation) or the socket's checklist:set (the war room's own path). */
    via: "api" | "socket";
  },
): Promise<ThroughputResult> {
  // Read the items as they are now: an earlier round may have ticked the same incidents.
  const current = await Promise.all(incidents.map((incident) => api.getIncident(incident.id)));
  const items = current.flatMap((incident) => incident.checklist.map((item) => ({ incidentId: incident.id, item })));
  const initialVersion = new Map(items.map(({ item }) => [item.id, item.version]));
  const acceptedPerItem = new Map(items.map(({ item }) => [item.id, 0]));
  const lastSeqBefore = new Map<string, number>();
  for (const incident of incidents) lastSeqBefore.set(incident.id, (await api.events(incident.id, 0)).at(-1)?.seq ?? 0);

  // One observer per incident, as a war-room tab: it must see every accepted tick, live.
  const observers = await connectClients(origin, token, incidents.length);
  const live = new Map(incidents.map((incident) => [incident.id, [] as IncidentEvent[]]));
  observers.forEach((socket) => socket.on("incident:event", (event) => live.get(event.incidentId)?.push(event)));
  await Promise.all(incidents.map((incident, index) => joinIncident([observers[index]], incident.id, lastSeqBefore.get(incident.id))));

  let accepted = 0;
  let conflicts = 0;
  let errors = 0;
  const tickers: Ticker[] = Array.from({ length: tickerCount }, (_, index) => {
    const { incidentId, item } = items[index % items.length];
    return { incidentId, itemId: item.id, seen: { ...item } };
  });
  const tickerSockets = via === "socket" ? await connectClients(origin, token, tickerCount) : [];
  const tick = (index: number, ticker: Ticker) =>
    via === "socket"
      ? tickOverSocket(tickerSockets[index], ticker.incidentId, ticker.itemId, !ticker.seen.done, ticker.seen.version)
      : api.tick(ticker.incidentId, ticker.itemId, !ticker.seen.done, ticker.seen.version);
  const endUsage = trackPhase(serverPid);
  const elapsedSeconds = await loopFor(seconds, tickerCount, async (index) => {
    const ticker = tickers[index];
    try {
      const outcome = await tick(index, ticker);
      if ("item" in outcome) {
        accepted++;
        acceptedPerItem.set(ticker.itemId, (acceptedPerItem.get(ticker.itemId) ?? 0) + 1);
        ticker.seen = outcome.item;
      } else if ("current" in outcome) {
        conflicts++; // someone ticked first: take their version and go on
        ticker.seen = outcome.current;
      } else errors++;
    } catch {
      errors++;
    }
  });
  const usage = endUsage();
  await sleep(SETTLE_MS);
  closeClients([...observers, ...tickerSockets]);

  const problems: string[] = [];
  let lost = 0;
  let liveOutOfOrder = 0;
  let liveDelivered = 0;
  for (const incident of incidents) {
    const afterSeq = lastSeqBefore.get(incident.id) ?? 0;
    const timeline = await api.events(incident.id, afterSeq);
    const gaps = seqGaps(timeline, afterSeq);
    if (gaps) problems.push(`incident ${incident.id}: ${gaps} timeline events out of sequence after seq ${afterSeq}`);
    const liveEvents = (live.get(incident.id) ?? []).filter((event) => event.seq > afterSeq);
    const liveSeqs = new Set(liveEvents.map((event) => event.seq));
    const missedLive = timeline.filter((event) => !liveSeqs.has(event.seq)).length;
    const repeatedLive = liveEvents.length - liveSeqs.size;
    if (missedLive || repeatedLive) {
      problems.push(`incident ${incident.id}: the live feed missed ${missedLive} of ${timeline.length} events and repeated ${repeatedLive}`);
    }
    liveOutOfOrder += arrivedOutOfOrder(liveEvents);
    liveDelivered += liveEvents.length;
    lost += gaps + missedLive + repeatedLive;

    const ticks = timeline.filter((event) => event.type === "checklist.item_updated");
    for (const item of (await api.getIncident(incident.id)).checklist) {
      const acceptedHere = acceptedPerItem.get(item.id) ?? 0;
      const initial = initialVersion.get(item.id) ?? 0;
      // Every accepted tick must have made exactly one new version and exactly one event for it.
      const versions = ticks.filter((event) => event.data.itemId === item.id).map((event) => Number(event.data.version));
      const expected = Array.from({ length: acceptedHere }, (_, index) => initial + index + 1);
      const missing = expected.filter((version) => !versions.includes(version)).length;
      const extra = versions.length - (acceptedHere - missing);
      const versionDrift = Math.abs(item.version - initial - acceptedHere);
      if (missing || extra || versionDrift) {
        problems.push(
          `item ${item.id}: ${acceptedHere} accepted, version ${initial} → ${item.version}, ${versions.length} events (${missing} missing, ${extra} extra)`,
        );
      }
      lost += Math.max(missing + extra, versionDrift);
    }
  }
  return { layout, via, tickers: tickerCount, seconds: elapsedSeconds, accepted, conflicts, errors, lost, liveOutOfOrder, liveDelivered, problems, usage };
}
