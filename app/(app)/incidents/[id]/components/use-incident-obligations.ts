"use client";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/components/live/api-client";
import type { IncidentObligationView } from "@/lib/obligations/types";
import type { IncidentEvent } from "@/lib/timeline/types";

const obligationsKey = (incidentId: string) => ["incident", incidentId, "obligations"] as const;

/** The last obligation event's seq: the obligations are fetched again whenever a newer one arrives live. */
function lastObligationSeq(events: readonly IncidentEvent[]): number {
  return events.reduce((last, event) => (event.type.startsWith("obligation.") ? event.seq : last), 0);
}

/**
 * The incident's reporting obligations, seeded by the server's render. Classifications and reports
 * reach the timeline live; each new one fetches the obligations again, so every viewer sees it.
 */
export function useIncidentObligations(incidentId: string, events: readonly IncidentEvent[], initial: { obligations: IncidentObligationView[]; seq: number }) {
  const seq = lastObligationSeq(events);
  const { data } = useQuery({
    queryKey: [...obligationsKey(incidentId), seq],
    queryFn: () => api<IncidentObligationView[]>(`/api/incidents/${incidentId}/obligations`),
    initialData: seq === initial.seq ? initial.obligations : undefined,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
  return data ?? initial.obligations;
}

/** A classification or a report: the writer sees it at once, without waiting for its live event. */
export function useObligationWrite<Input>(incidentId: string, write: (input: Input) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: obligationsKey(incidentId) }),
  });
}
