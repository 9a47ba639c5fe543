import Link from "next/link";
import { formatDateTime } from "@/components/clock-format";
import type { OverdueReviewView } from "@/lib/status-board/types";

/** Post-incident reviews past their 48 hours and not yet held: the plan's lessons going unlearnt. */
export function OverdueReviews({ reviews, wall = false }: { reviews: OverdueReviewView[]; wall?: boolean }) {
  return (
    <ul className="divide-y divide-critical-line rounded-xl border border-critical-line bg-critical-soft">
      {reviews.map((review) => {
        const title = (
          <>
            #{review.incident.number} {review.incident.title}
          </>
        );
        return (
          <li key={review.id} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-baseline sm:justify-between sm:gap-6 sm:px-5">
            <p className="min-w-0 font-medium text-ink [overflow-wrap:anywhere]">
              {wall ? title : <Link href={`/incidents/${review.incidentId}/review`} className="hover:underline">{title}</Link>}
            </p>
            <p className="shrink-0 text-sm font-medium text-critical">Review overdue since {formatDateTime(review.dueAt)} UTC</p>
          </li>
        );
      })}
    </ul>
  );
}
