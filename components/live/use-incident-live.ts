"use client";
// Keeps an incident's cached state live: joins its Socket.IO room with the last sequence number
// seen, takes the replay of whatever was missed (after a dropped connection, a sleeping phone, a
// server restart), then applies live events in order, each once.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { IncidentView } from "@/lib/incidents/types";
import type { IncidentEvent } from "@/lib/timeline/types";
import { applyToIncident, incidentKey, mergeEvents, timelineKey } from "./incident-cache";
import { liveSocket } from "./socket-client";

export type LiveStatus = "connecting" | "live" | "offline";

export function useIncidentLive(incidentId: string): LiveStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>("connecting");

  useEffect(() => {
    const socket = liveSocket();
    // Live events that arrive while a join's replay is on its way wait here, then merge with it.
    let joining = false;
    let pending: IncidentEvent[] = [];
    const lastSeq = () => queryClient.getQueryData<IncidentEvent[]>(timelineKey(incidentId))?.at(-1)?.seq ?? 0;

    function apply(events: IncidentEvent[]) {
      const before = queryClient.getQueryData<IncidentEvent[]>(timelineKey(incidentId)) ?? [];
      const after = mergeEvents(before, events);
      if (after.length === before.length) return;
      queryClient.setQueryData(timelineKey(incidentId), after);
      let stale = false;
      for (const event of after.slice(before.length)) {
        const incident = queryClient.getQueryData<IncidentView>(incidentKey(incidentId));
        const next = incident && applyToIncident(incident, event);
        if (next) queryClient.setQueryData(incidentKey(incidentId), next);
        else stale = true;
      }
      if (stale) void queryClient.invalidateQueries({ queryKey: incidentKey(incidentId), exact: true });
    }

    function join() {
      joining = true;
      socket.emit("incident:join", { incidentId, afterSeq: lastSeq() }, (reply) => {
        joining = false;
        const buffered = pending;
        pending = [];
        if (!reply.ok) return setStatus("offline");
        apply([...reply.result, ...buffered]);
        setStatus("live");
        if (buffered.some((event) => event.seq > lastSeq())) join();
      });
    }

    function onEvent(event: IncidentEvent) {
      if (event.incidentId !== incidentId) return;
      if (joining) return void pending.push(event);
      // A gap means something was missed: ask for everything after the last event applied.
      if (event.seq > lastSeq() + 1) {
        pending.push(event);
        return join();
      }
      apply([event]);
    }

    const onDisconnect = () => setStatus("offline");
    socket.on("connect", join);
    socket.on("disconnect", onDisconnect);
    socket.on("incident:event", onEvent);
    if (socket.connected) join();
    return () => {
      socket.off("connect", join);
      socket.off("disconnect", onDisconnect);
      socket.off("incident:event", onEvent);
      socket.emit("incident:leave", { incidentId });
    };
  }, [incidentId, queryClient]);

  return status;
}
