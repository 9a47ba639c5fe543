"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { reviewKey } from "@/app/(app)/incidents/[id]/review/components/use-review-query";
import type { ReviewView } from "@/lib/reviews/types";

/**
 * A change to the review through the REST API. Review routes answer with the review as it now
 * stands, which goes straight into the cache; a write that answers with something else (null
 * here) stays pending until the review has been fetched again. Either way a form that closes on
 * success shows the saved value, never the old one.
 */
export function useReviewWrite<Input>(incidentId: string, write: (input: Input) => Promise<ReviewView | null>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (review) =>
      review
        ? queryClient.setQueryData(reviewKey(incidentId), review)
        : queryClient.invalidateQueries({ queryKey: reviewKey(incidentId), exact: true }),
  });
}
