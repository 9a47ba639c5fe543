"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { incidentKey } from "@/components/live/incident-cache";

/**
 * A change to the incident through the REST API. Its live event refreshes every open war room;
 * fetching the incident once more after success shows the writer their change even while the live
 * connection is catching up.
 */
export function useIncidentWrite<Input>(incidentId: string, write: (input: Input) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    // Not awaited: the caller's own onSuccess should not wait for the fetch.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: incidentKey(incidentId), exact: true }),
  });
}
