"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { reviewKey } from "@/app/(app)/incidents/[id]/review/components/use-review-query";

/**
 * A change to the review through the REST API. It stays pending until the review has been fetched
 * again, so a form that closes on success shows the saved value, never the old one.
 */
export function useReviewWrite<Input>(incidentId: string, write: (input: Input) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reviewKey(incidentId), exact: true }),
  });
}
