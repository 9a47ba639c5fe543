// The one place that emits incident events, always after their transaction committed. Route
// handlers and server actions run in the same process as server.ts, which registers the server.
import type { RealtimeServer } from "@/lib/realtime/server";
import type { IncidentEvent } from "@/lib/timeline/types";

const registry = globalThis as unknown as { musterRealtime?: RealtimeServer };

export function registerRealtimeServer(io: RealtimeServer | undefined) {
  registry.musterRealtime = io;
}

export function incidentRoom(incidentId: string) {
  return `incident:${incidentId}`;
}

export function publishIncidentEvents(events: IncidentEvent[]) {
  const io = registry.musterRealtime;
  if (!io) return; // no socket server in this process (a script, a unit test)
  for (const event of events) io.to(incidentRoom(event.incidentId)).emit("incident:event", event);
}
