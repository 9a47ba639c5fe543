"use client";
import { useQuery } from "@tanstack/react-query";
import { api } from "@/components/live/api-client";
import { timelineKey } from "@/components/live/incident-cache";
import type { IncidentEvent } from "@/lib/timeline/types";

/** The incident's events in sequence order, seeded by the server's render and extended live. */
export function useTimelineQuery(incidentId: string, initial: IncidentEvent[]) {
  const { data } = useQuery({
    queryKey: timelineKey(incidentId),
    queryFn: () => api<IncidentEvent[]>(`/api/incidents/${incidentId}/events`),
    initialData: initial,
    staleTime: Infinity,
  });
  return data;
}
