"use client";
import Link from "next/link";
import { useNow } from "@/components/clock-provider";
import { formatDateTime } from "@/components/clock-format";
import { Icon } from "@/components/ui/icon";
import { MINUTE_MS } from "@/lib/format";
import { isSettled } from "@/lib/incidents/state-machine";
import type { IncidentView } from "@/lib/incidents/types";

/** Once resolved, the incident's post-incident review: where it stands, one tap away. */
export function ReviewLink({ incident }: { incident: IncidentView }) {
  const now = useNow(MINUTE_MS);
  const { review } = incident;
  if (!review) return null;
  const overdue = !review.heldAt && now !== null && now > Date.parse(review.dueAt) && !isSettled(incident.state);
  return (
    <Link
      href={`/incidents/${incident.id}/review`}
      className="mb-6 flex items-center justify-between gap-4 rounded-xl border border-line bg-surface px-4 py-3 transition-colors hover:border-line-strong sm:px-5"
    >
      <span className="min-w-0">
        <span className="block font-semibold text-accent">Post-incident review</span>
        <span className={`block text-sm ${overdue ? "font-medium text-critical" : "text-ink-muted"}`}>
          {review.heldAt ? `Held ${formatDateTime(review.heldAt)} UTC` : `${overdue ? "Overdue: was due" : "Due"} ${formatDateTime(review.dueAt)} UTC`}
        </span>
      </span>
      <Icon name="chevron-right" className="size-5 text-ink-muted" />
    </Link>
  );
}
