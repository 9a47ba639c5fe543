"use client";
import { skipToken, useQuery } from "@tanstack/react-query";
import { timelineKey } from "@/components/live/incident-cache";
import type { IncidentEvent } from "@/lib/timeline/types";

/**
 * The incident's events in sequence order: the opening the server rendered, extended by live
 * events and by older pages as they are asked for. Never fetched whole: a long incident has
 * thousands.
 */
export function useTimelineQuery(incidentId: string, initial: IncidentEvent[]) {
  const { data } = useQuery({ queryKey: timelineKey(incidentId), queryFn: skipToken, initialData: initial, staleTime: Infinity });
  return data ?? initial;
}
