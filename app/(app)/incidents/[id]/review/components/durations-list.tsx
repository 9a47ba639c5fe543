import { durationText } from "@/app/(app)/incidents/[id]/review/components/review-words";
import type { ReviewView } from "@/lib/reviews/types";

/** How long each stage took; a time that was never recorded says so. */
export function DurationsList({ durations }: { durations: ReviewView["durations"] }) {
  return (
    <dl className="grid gap-px overflow-hidden rounded-xl border border-line bg-line sm:grid-cols-3">
      {durations.map((duration) => (
        // A row of label and figure on a phone; three to a row where there is room.
        <div key={duration.key} className="flex items-baseline justify-between gap-3 bg-surface px-4 py-3 sm:flex-col sm:justify-start sm:gap-1">
          <dt className="text-sm font-medium text-ink">
            {duration.label}
            <span className="block text-xs font-normal text-ink-muted">
              {duration.from} → {duration.to}
            </span>
          </dt>
          <dd className={`shrink-0 text-lg font-semibold tabular-nums sm:order-first sm:text-xl ${duration.minutes === null ? "text-ink-muted" : "text-ink"}`}>
            {durationText(duration.minutes)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
