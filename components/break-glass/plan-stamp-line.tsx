import { formatDate } from "@/lib/format";
import type { PlanStamp } from "@/lib/break-glass/types";

/** "4 Dec 2026, 21:30 UTC". */
export function stampTime(date: Date): string {
  return `${formatDate(date)}, ${date.toISOString().slice(11, 16)} UTC`;
}

/** "Plan v1.4 · made 4 Dec 2026, 21:30 UTC": on every printed card and page, so an old copy shows its age. */
export function PlanStampLine({ stamp, verb = "made", className = "" }: { stamp: PlanStamp; verb?: string; className?: string }) {
  return (
    <p className={`text-ink-muted ${className}`} data-plan-stamp>
      Plan v{stamp.version} · {verb} {stampTime(stamp.madeAt)}
    </p>
  );
}
