"use client";
import { replaceEqualDeep, useQuery } from "@tanstack/react-query";
import { api } from "@/components/live/api-client";
import { incidentKey, keepNewerTicks } from "@/components/live/incident-cache";
import type { IncidentView } from "@/lib/incidents/types";

/**
 * The war room's state, seeded by the server's render. useIncidentLive keeps it current (ticks in
 * place, anything else by fetching it again), so it never goes stale by age alone. A fetch never
 * takes a step back to a version older than one a tick already brought.
 */
export function useIncidentQuery(initial: IncidentView) {
  const { data } = useQuery({
    queryKey: incidentKey(initial.id),
    queryFn: () => api<IncidentView>(`/api/incidents/${initial.id}`),
    initialData: initial,
    staleTime: Infinity,
    structuralSharing: (cached, fetched) =>
      cached ? replaceEqualDeep(cached, keepNewerTicks(cached as IncidentView, fetched as IncidentView)) : fetched,
  });
  return data;
}
