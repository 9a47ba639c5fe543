"use client";
import { useNow } from "@/components/clock-provider";
import { Icon } from "@/components/ui/icon";
import type { DeadlineState } from "@/lib/obligations/deadlines";
import type { IncidentDeadlineView } from "@/lib/obligations/types";
import { describeDeadline } from "@/lib/obligations/words";

const STATE_TEXT: Record<DeadlineState, string> = {
  due: "font-semibold text-ink",
  overdue: "font-semibold text-critical",
  waiting: "text-ink-muted",
  done: "font-semibold text-ok",
  late: "font-semibold text-major",
};

/** A reporting deadline's clock: time left while it runs, how overdue once past, done once reported. Every minute. */
export function ReportingDeadlineClock({ deadline, className = "" }: { deadline: IncidentDeadlineView; className?: string }) {
  const now = useNow(60_000);
  if (now === null) return null;
  const { state, text } = describeDeadline(deadline, now);
  return (
    <span data-deadline-state={state} className={`inline-flex items-center gap-1 tabular-nums ${STATE_TEXT[state]} ${className}`}>
      {(state === "done" || state === "late") && <Icon name="check" className="size-4" />}
      {state === "overdue" && <Icon name="alert" className="size-4" />}
      {text}
    </span>
  );
}
