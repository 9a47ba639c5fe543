"use client";
import { useQuery } from "@tanstack/react-query";
import { api } from "@/components/live/api-client";
import type { ReviewView } from "@/lib/reviews/types";

export const reviewKey = (incidentId: string) => ["incident", incidentId, "review"] as const;

/** The review, seeded by the server's render; fetched again after each change and when the tab regains focus. */
export function useReviewQuery(initial: ReviewView) {
  const { data } = useQuery({
    queryKey: reviewKey(initial.incident.id),
    queryFn: () => api<ReviewView>(`/api/incidents/${initial.incident.id}/review`),
    initialData: initial,
    // Fresh from the server's render: no second fetch as the page mounts.
    staleTime: 30_000,
  });
  return data;
}
