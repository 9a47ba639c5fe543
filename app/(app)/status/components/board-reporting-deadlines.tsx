import { ReportingDeadlineClock } from "@/components/reporting-deadline-clock";
import type { BoardIncidentView } from "@/lib/status-board/types";

/**
 * An incident's reporting deadlines on its board card: each report still owed with its clock, and
 * the last one made. A deadline still waiting for the report before it is left to the war room.
 */
export function BoardReportingDeadlines({ obligations, wall }: { obligations: BoardIncidentView["obligations"]; wall: boolean }) {
  if (obligations.length === 0) return null;
  return (
    <div className="space-y-2">
      {obligations.map((obligation) => {
        const shown = obligation.deadlines.filter((deadline) => deadline.dueAt !== null);
        return (
          <section key={obligation.key} aria-label={obligation.name} data-obligation={obligation.key} className="rounded-lg border border-line px-3 py-2">
            <p className="text-xs text-ink-muted [overflow-wrap:anywhere]">{obligation.name}</p>
            <ul>
              {shown.map((deadline) => (
                <li key={deadline.key} data-deadline={deadline.key} className="flex flex-wrap items-baseline justify-between gap-x-3">
                  <span className={`font-medium text-ink ${wall ? "text-lg" : "text-sm"}`}>{deadline.name}</span>
                  <ReportingDeadlineClock deadline={deadline} className={wall ? "text-lg" : "text-sm"} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
