import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { daysBetween, formatDate, formatRelativeDays } from "@/lib/format";

// A review coming up within a fortnight is worth a word before it is overdue.
const REVIEW_SOON_DAYS = 14;

/** When the plan is next due for review, and whether that has passed. */
export function NextReviewNotice({ nextReviewAt, now }: { nextReviewAt: Date; now: Date }) {
  const daysLeft = daysBetween(now, nextReviewAt);
  const overdue = daysLeft < 0;
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-ink-muted">
      <span>
        Next plan review{" "}
        <Link href="/plan" className="font-medium text-ink underline decoration-line-strong underline-offset-4 hover:decoration-accent">
          {formatDate(nextReviewAt)}
        </Link>{" "}
        ({formatRelativeDays(nextReviewAt, now)})
      </span>
      {overdue && <Badge tone="critical">Review overdue</Badge>}
      {!overdue && daysLeft <= REVIEW_SOON_DAYS && <Badge tone="major">Review due soon</Badge>}
    </p>
  );
}
