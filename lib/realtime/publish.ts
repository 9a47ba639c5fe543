// The one place that emits incident events, always after their transaction committed. Route
// handlers and server actions run in the same process as server.ts, which registers the server.
// Every node orders each incident's events itself: the committing node hands what it committed to
// every node (itself directly, the others through the adapter), and each node emits them, in
// sequence order, to its own sockets only.
import { changesIncidentList } from "@/lib/incidents/list-changes";
import { newBoardPush, pushBoardUpdate, type BoardPush } from "@/lib/realtime/board-updates";
import { signalIfPublic, signalPublicStatusChange } from "@/lib/public-status/changes";
import { userSocketRoom } from "@/lib/realtime/handshake";
import type { RealtimeServer } from "@/lib/realtime/server";
import { eventsAfter } from "@/lib/timeline/data";
import type { IncidentEvent } from "@/lib/timeline/types";

/**
 * Commits that finish together reach a node in any order (its own at once, other nodes' through
 * the database's notifications), but seq n-1 always commits before seq n is handed out
 * (appendEvent holds the incident's row). So a later event waits this long for an earlier one
 * still on its way, then the earlier one is read from the database: events leave in sequence
 * order, and none is held back for longer than this.
 */
const GAP_WAIT_MS = 50;
/** An incident quiet for this long forgets where it was; its next event waits GAP_WAIT_MS once. */
const QUEUE_IDLE_MS = 60_000;

type IncidentQueue = {
  /** The last seq emitted; unknown until the first events of a burst have settled. */
  lastSent?: number;
  pending: Map<number, IncidentEvent>;
  /** The missing events are being read from the database; one read at a time. */
  reading?: boolean;
  gapTimer?: ReturnType<typeof setTimeout>;
  idleTimer?: ReturnType<typeof setTimeout>;
};

/** The incident list is told the same way, each incident at most this often. */
const LIST_SIGNAL_INTERVAL_MS = 500;

/** What one node keeps to order what it emits; a test runs several nodes in one process. */
type LiveNode = {
  /** Other nodes share the database (through the adapter) and hear of this node's commits. */
  clustered: boolean;
  incidentQueues: Map<string, IncidentQueue>;
  board: BoardPush;
  /** Incidents whose change the list has yet to hear of, gathered while the interval runs. */
  listSignal: { lastAt: number; timer?: ReturnType<typeof setTimeout>; changed: Set<string> };
};

type Registry = {
  musterRealtime?: RealtimeServer;
  liveNodes?: WeakMap<RealtimeServer, LiveNode>;
};
const registry = globalThis as unknown as Registry;

/** Every signed-in socket that may read incidents: the list, the count in the navigation. */
export const INCIDENTS_ROOM = "incidents";
/** The message between nodes that carries events one of them committed. */
export const COMMITTED_EVENTS = "incident:committed";
/** The message between nodes that says a write outside any incident may change the public page. */
export const PUBLIC_STATUS_CHANGED = "public-status:changed";

function liveNode(io: RealtimeServer): LiveNode {
  const nodes = (registry.liveNodes ??= new WeakMap());
  let node = nodes.get(io);
  if (!node) nodes.set(io, (node = {
      clustered: false,
      incidentQueues: new Map(),
      board: newBoardPush(),
      listSignal: { lastAt: 0, changed: new Set() },
    }));
  return node;
}

/** The server this process's commits are published from; `clustered` when it has the adapter. */
export function registerRealtimeServer(io: RealtimeServer | undefined, { clustered = false } = {}) {
  registry.musterRealtime = io;
  if (io) liveNode(io).clustered = clustered;
}

export function incidentRoom(incidentId: string) {
  return `incident:${incidentId}`;
}

function signalIncidentList(io: RealtimeServer, { listSignal: signal }: LiveNode, events: IncidentEvent[]) {
  for (const event of events) if (changesIncidentList(event.type)) signal.changed.add(event.incidentId);
  if (signal.timer || signal.changed.size === 0) return;
  const emit = () => {
    signal.timer = undefined;
    signal.lastAt = Date.now();
    for (const incidentId of signal.changed) io.local.to(INCIDENTS_ROOM).emit("incidents:changed", { incidentId });
    signal.changed.clear();
  };
  const wait = signal.lastAt + LIST_SIGNAL_INTERVAL_MS - Date.now();
  if (wait <= 0) emit();
  else signal.timer = setTimeout(emit, wait);
}

/** Emits the queue's events that follow the last one sent, in order, as far as they run unbroken. */
function emitInOrder(io: RealtimeServer, incidentId: string, queue: IncidentQueue) {
  if (queue.lastSent === undefined) return;
  for (let next = queue.pending.get(queue.lastSent + 1); next; next = queue.pending.get(queue.lastSent + 1)) {
    queue.pending.delete(next.seq);
    queue.lastSent = next.seq;
    io.local.to(incidentRoom(incidentId)).emit("incident:event", next);
  }
}

/** After the wait: whatever is still missing before the waiting events comes from the database. */
async function fillGap(io: RealtimeServer, node: LiveNode, incidentId: string, queue: IncidentQueue) {
  queue.gapTimer = undefined;
  const waiting = Math.min(...queue.pending.keys());
  if (queue.lastSent === undefined) queue.lastSent = waiting - 1;
  else if (waiting > queue.lastSent + 1) {
    queue.reading = true;
    try {
      for (const missing of await eventsAfter(incidentId, queue.lastSent)) {
        // Events that arrived during the read may have been sent already.
        if (missing.seq > queue.lastSent && missing.seq < waiting && !queue.pending.has(missing.seq)) queue.pending.set(missing.seq, missing);
      }
    } catch (error) {
      // The database is out of reach: send what is here rather than hold it.
      console.error(`Could not read the events missing before seq ${waiting} of incident ${incidentId}`, error);
      if (queue.pending.size > 0) queue.lastSent = Math.max(queue.lastSent, Math.min(...queue.pending.keys()) - 1);
    } finally {
      queue.reading = false;
    }
  }
  settle(io, node, incidentId, queue);
}

function settle(io: RealtimeServer, node: LiveNode, incidentId: string, queue: IncidentQueue) {
  emitInOrder(io, incidentId, queue);
  clearTimeout(queue.idleTimer);
  if (queue.pending.size === 0) {
    queue.idleTimer = setTimeout(() => node.incidentQueues.delete(incidentId), QUEUE_IDLE_MS);
    queue.idleTimer.unref?.();
  } else if (!queue.reading) {
    queue.gapTimer ??= setTimeout(() => void fillGap(io, node, incidentId, queue), GAP_WAIT_MS);
  }
}

/**
 * Emits committed events to this node's own sockets, each incident's in sequence order, whichever
 * node committed them; an event already sent (or read from the database meanwhile) is dropped.
 */
export function emitCommittedEvents(io: RealtimeServer, events: IncidentEvent[]) {
  const node = liveNode(io);
  for (const event of events) {
    let queue = node.incidentQueues.get(event.incidentId);
    if (!queue) node.incidentQueues.set(event.incidentId, (queue = { pending: new Map() }));
    if (queue.lastSent === undefined || event.seq > queue.lastSent) queue.pending.set(event.seq, event);
  }
  for (const incidentId of new Set(events.map((event) => event.incidentId))) {
    settle(io, node, incidentId, node.incidentQueues.get(incidentId)!);
  }
  if (events.length > 0) pushBoardUpdate(io, node.board);
  signalIncidentList(io, node, events);
}

/**
 * Hands events just committed to every node: this one emits them to its sockets, and the others
 * hear of them through the adapter (which never echoes a node's own message back to it).
 * `from` is the node that committed them, this process's server unless a test says otherwise.
 */
export function publishIncidentEvents(events: IncidentEvent[], from = registry.musterRealtime) {
  // This process serves the public page even without a socket server (a unit test).
  signalIfPublic(events);
  if (!from) return; // no socket server in this process (a script, a unit test)
  emitCommittedEvents(from, events);
  if (events.length > 0 && liveNode(from).clustered) from.serverSideEmit(COMMITTED_EVENTS, events);
}

/** After a committed write outside any incident (the plan's services): every node reads the public page again. */
export function publishPublicStatusChange(from = registry.musterRealtime) {
  signalPublicStatusChange();
  if (from && liveNode(from).clustered) from.serverSideEmit(PUBLIC_STATUS_CHANGED);
}

/** Closes every open socket in the room, on every node (through the adapter). */
export function disconnectSockets(room: string) {
  registry.musterRealtime?.in(room).disconnectSockets(true);
}

/**
 * Tells each user, in their own room on every node, that their notifications changed. Called
 * after the transaction that created them committed, so what they fetch includes them.
 */
export function publishNotifications(userIds: Iterable<string>) {
  const rooms = [...new Set(userIds)].map(userSocketRoom);
  if (rooms.length > 0) registry.musterRealtime?.to(rooms).emit("notifications:changed");
}
