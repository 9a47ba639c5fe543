"use client";
import { useQuery } from "@tanstack/react-query";
import { api } from "@/components/live/api-client";
import { incidentKey } from "@/components/live/incident-cache";
import type { IncidentView } from "@/lib/incidents/types";

/**
 * The war room's state, seeded by the server's render. useIncidentLive keeps it current (ticks in
 * place, anything else by fetching it again), so it never goes stale by age alone.
 */
export function useIncidentQuery(initial: IncidentView) {
  const { data } = useQuery({
    queryKey: incidentKey(initial.id),
    queryFn: () => api<IncidentView>(`/api/incidents/${initial.id}`),
    initialData: initial,
    staleTime: Infinity,
  });
  return data;
}
