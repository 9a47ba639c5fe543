import { CHECK_STATES } from "@/app/(app)/backups/components/backup-state-labels";
import { LastVerificationRun } from "@/app/(app)/backups/components/last-verification-run";
import { Badge } from "@/components/ui/badge";
import type { GradedCheck } from "@/lib/backups/data";
import { formatDateAndTime } from "@/lib/format";

/** Each check of the schedule: its last run, and its last success against its interval. */
export function VerificationSchedule({ checks }: { checks: GradedCheck[] }) {
  return (
    <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
      {checks.map((check) => {
        const { label, tone } = CHECK_STATES[check.state];
        return (
          <li
            key={check.key}
            data-testid={`check-${check.key}`}
            className="grid gap-1 px-5 py-3.5 text-sm sm:grid-cols-[7rem_minmax(0,1fr)_auto] sm:items-center sm:gap-4"
          >
            <span className="font-semibold text-ink">{check.cadence}</span>
            <span className="text-ink">{check.activity}</span>
            <span className="flex flex-col gap-1 sm:items-end">
              <LastVerificationRun lastRun={check.lastRun} />
              <span className="flex flex-wrap items-center gap-2">
                <Badge tone={tone}>{label}</Badge>
                <span className={check.state === "overdue" ? "font-medium text-critical" : "text-ink-muted"}>
                  {check.state === "overdue" ? "Due since" : "Due by"} {formatDateAndTime(check.dueAt)} UTC
                </span>
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
