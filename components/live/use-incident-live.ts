"use client";
// Keeps an incident's cached state live: joins its Socket.IO room with the last sequence number
// seen, takes the replay of whatever was missed (after a dropped connection, a sleeping phone, a
// server restart), then applies live events in order, each once. One too far behind to replay
// (a laptop asleep through a busy night) opens the incident afresh instead.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { HTTP_STATUS } from "@/lib/errors";
import type { IncidentView } from "@/lib/incidents/types";
import type { IncidentEvent } from "@/lib/timeline/types";
import { api } from "./api-client";
import { applyToIncident, incidentKey, mergeEvents, timelineKey, withEvents } from "./incident-cache";
import { onLiveSocket } from "./socket-client";

export type LiveStatus = "connecting" | "live" | "offline";

// Two commits that finish together may be broadcast out of order: a gap this short is waited
// out before asking the server to replay.
const GAP_GRACE_MS = 250;
const REOPEN_RETRY_MS = 5_000;

export function useIncidentLive(incidentId: string): LiveStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>("connecting");

  useEffect(
    () =>
      onLiveSocket((socket) => {
        // Events that cannot be applied yet (a join's replay is on its way, or one before them has not
        // arrived) wait here.
        let joining = false;
        let pending: IncidentEvent[] = [];
        let gapTimer: ReturnType<typeof setTimeout> | undefined;
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
          clearTimeout(gapTimer);
          gapTimer = undefined;
          joining = true;
          socket.emit("incident:join", { incidentId, afterSeq: lastSeq() }, (reply) => {
            if (!reply.ok && reply.status === HTTP_STATUS.gone) return void reopen();
            joining = false;
            if (!reply.ok) return setStatus("offline");
            apply([...reply.result, ...pending]);
            pending = pending.filter((waiting) => waiting.seq > lastSeq());
            setStatus("live");
            if (pending.length > 0) gapTimer = setTimeout(join, GAP_GRACE_MS);
          });
        }

        /** The incident as it is now and its latest page of events, as on opening; then a join replays what followed. */
        async function reopen() {
          try {
            const fresh = await api<IncidentView>(`/api/incidents/${incidentId}`);
            const page = await api<IncidentEvent[]>(`/api/incidents/${incidentId}/events?beforeSeq=${fresh.lastSeq + 1}`);
            queryClient.setQueryData(incidentKey(incidentId), fresh);
            queryClient.setQueryData<IncidentEvent[]>(timelineKey(incidentId), (known = []) => withEvents(known, page));
          } catch {
            joining = false;
            setStatus("offline");
            gapTimer = setTimeout(join, REOPEN_RETRY_MS);
            return;
          }
          join();
        }

        function onEvent(event: IncidentEvent) {
          if (event.incidentId !== incidentId) return;
          pending.push(event);
          if (joining) return;
          apply(pending);
          pending = pending.filter((waiting) => waiting.seq > lastSeq());
          // Still a gap: if the missing event does not turn up soon, it was missed; replay.
          if (pending.length > 0 && !gapTimer) gapTimer = setTimeout(join, GAP_GRACE_MS);
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
          clearTimeout(gapTimer);
          socket.emit("incident:leave", { incidentId });
        };
      }),
    [incidentId, queryClient],
  );

  return status;
}
