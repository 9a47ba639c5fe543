"use client";
import { useNow } from "@/components/clock-provider";
import { formatReviewTime } from "@/app/(app)/incidents/[id]/review/components/review-words";
import { Badge } from "@/components/ui/badge";
import { MINUTE_MS } from "@/lib/format";
import { isSettled } from "@/lib/incidents/state-machine";
import type { ReviewView } from "@/lib/reviews/types";

/** Whether the meeting was held, is due, or is late: the plan wants it within 48 hours of resolution. */
export function ReviewDue({ detail }: { detail: ReviewView }) {
  const now = useNow(MINUTE_MS);
  const { review, incident } = detail;
  if (review.heldAt) {
    return (
      <p className="flex flex-wrap items-center gap-2 text-sm text-ink">
        <Badge tone="ok">Held</Badge>
        <time dateTime={review.heldAt}>{formatReviewTime(review.heldAt)} UTC</time>
      </p>
    );
  }
  const overdue = now !== null && now > Date.parse(review.dueAt) && !isSettled(incident.state);
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm text-ink" data-testid="review-due">
      {overdue && <Badge tone="critical">Overdue</Badge>}
      <span className={overdue ? "font-medium text-critical" : undefined}>
        {overdue ? "Was due" : "Due"} <time dateTime={review.dueAt}>{formatReviewTime(review.dueAt)} UTC</time>
      </span>
      <span className="text-ink-muted">48 hours after resolution</span>
    </p>
  );
}
