// The one place that emits incident events, always after their transaction committed. Route
// handlers and server actions run in the same process as server.ts, which registers the server.
import type { RealtimeServer } from "@/lib/realtime/server";
import { eventsAfter } from "@/lib/timeline/data";
import type { IncidentEvent } from "@/lib/timeline/types";

/**
 * Commits that finish together reach this process in any order, but seq n-1 always commits before
 * seq n is handed out (appendEvent holds the incident's row). So a later event waits this long for
 * an earlier one still on its way here, then the earlier one is read from the database: events
 * leave in sequence order, and none is held back for longer than this.
 */
const GAP_WAIT_MS = 50;
/** An incident quiet for this long forgets where it was; its next event waits GAP_WAIT_MS once. */
const QUEUE_IDLE_MS = 60_000;

type IncidentQueue = {
  /** The last seq emitted; unknown until the first events of a burst have settled. */
  lastSent?: number;
  pending: Map<number, IncidentEvent>;
  gapTimer?: ReturnType<typeof setTimeout>;
  idleTimer?: ReturnType<typeof setTimeout>;
};

/**
 * The board only needs to know that something changed; under a storm of ticks it hears of it at
 * most this often (first change at once, the rest gathered), which keeps its cost flat.
 */
const BOARD_SIGNAL_INTERVAL_MS = 500;

type Registry = {
  musterRealtime?: RealtimeServer;
  boardSignal?: { lastAt: number; timer?: ReturnType<typeof setTimeout> };
  incidentQueues?: Map<string, IncidentQueue>;
};
const registry = globalThis as unknown as Registry;

export const BOARD_ROOM = "board";

export function registerRealtimeServer(io: RealtimeServer | undefined) {
  registry.musterRealtime = io;
}

export function incidentRoom(incidentId: string) {
  return `incident:${incidentId}`;
}

function signalBoard(io: RealtimeServer) {
  const signal = (registry.boardSignal ??= { lastAt: 0 });
  if (signal.timer) return;
  const emit = () => {
    signal.timer = undefined;
    signal.lastAt = Date.now();
    io.to(BOARD_ROOM).emit("board:changed");
  };
  const wait = signal.lastAt + BOARD_SIGNAL_INTERVAL_MS - Date.now();
  if (wait <= 0) emit();
  else signal.timer = setTimeout(emit, wait);
}

/** Emits the queue's events that follow the last one sent, in order, as far as they run unbroken. */
function emitInOrder(io: RealtimeServer, incidentId: string, queue: IncidentQueue) {
  if (queue.lastSent === undefined) return;
  for (let next = queue.pending.get(queue.lastSent + 1); next; next = queue.pending.get(queue.lastSent + 1)) {
    queue.pending.delete(next.seq);
    queue.lastSent = next.seq;
    io.to(incidentRoom(incidentId)).emit("incident:event", next);
  }
}

/** After the wait: whatever is still missing before the waiting events comes from the database. */
async function fillGap(io: RealtimeServer, incidentId: string, queue: IncidentQueue) {
  queue.gapTimer = undefined;
  const waiting = Math.min(...queue.pending.keys());
  if (queue.lastSent === undefined) queue.lastSent = waiting - 1;
  else if (waiting > queue.lastSent + 1) {
    try {
      for (const missing of await eventsAfter(incidentId, queue.lastSent)) {
        if (missing.seq < waiting && !queue.pending.has(missing.seq)) queue.pending.set(missing.seq, missing);
      }
    } catch (error) {
      // The database is out of reach: send what is here rather than hold it.
      console.error(`Could not read the events missing before seq ${waiting} of incident ${incidentId}`, error);
      queue.lastSent = waiting - 1;
    }
  }
  settle(io, incidentId, queue);
}

function settle(io: RealtimeServer, incidentId: string, queue: IncidentQueue) {
  emitInOrder(io, incidentId, queue);
  const queues = registry.incidentQueues!;
  clearTimeout(queue.idleTimer);
  if (queue.pending.size === 0) {
    queue.idleTimer = setTimeout(() => queues.delete(incidentId), QUEUE_IDLE_MS);
    queue.idleTimer.unref?.();
  } else {
    queue.gapTimer ??= setTimeout(() => void fillGap(io, incidentId, queue), GAP_WAIT_MS);
  }
}

export function publishIncidentEvents(events: IncidentEvent[]) {
  const io = registry.musterRealtime;
  if (!io) return; // no socket server in this process (a script, a unit test)
  const queues = (registry.incidentQueues ??= new Map());
  for (const event of events) {
    let queue = queues.get(event.incidentId);
    if (!queue) queues.set(event.incidentId, (queue = { pending: new Map() }));
    if (queue.lastSent === undefined || event.seq > queue.lastSent) queue.pending.set(event.seq, event);
  }
  for (const incidentId of new Set(events.map((event) => event.incidentId))) settle(io, incidentId, queues.get(incidentId)!);
  if (events.length > 0) signalBoard(io);
}

/** Closes every open socket in the room, on every node (through the adapter). */
export function disconnectSockets(room: string) {
  registry.musterRealtime?.in(room).disconnectSockets(true);
}
