// The one place that emits incident events, always after their transaction committed. Route
// handlers and server actions run in the same process as server.ts, which registers the server.
import type { RealtimeServer } from "@/lib/realtime/server";
import type { IncidentEvent } from "@/lib/timeline/types";

/**
 * The board only needs to know that something changed; under a storm of ticks it hears of it at
 * most this often (first change at once, the rest gathered), which keeps its cost flat.
 */
const BOARD_SIGNAL_INTERVAL_MS = 500;

type Registry = { musterRealtime?: RealtimeServer; boardSignal?: { lastAt: number; timer?: ReturnType<typeof setTimeout> } };
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

export function publishIncidentEvents(events: IncidentEvent[]) {
  const io = registry.musterRealtime;
  if (!io) return; // no socket server in this process (a script, a unit test)
  for (const event of events) io.to(incidentRoom(event.incidentId)).emit("incident:event", event);
  if (events.length > 0) signalBoard(io);
}

/** Closes every open socket in the room, on every node (through the adapter). */
export function disconnectSockets(room: string) {
  registry.musterRealtime?.in(room).disconnectSockets(true);
}
