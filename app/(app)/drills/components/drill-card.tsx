import Link from "next/link";
import { DrillStateBadge } from "@/app/(app)/drills/components/drill-state-badge";
import { StartDrillButton } from "@/app/(app)/drills/components/start-drill-button";
import { IncidentStateBadge } from "@/components/incident-state-badge";
import { DetailList } from "@/components/ui/detail-list";
import type { DrillScheduleView } from "@/lib/drills/types";
import { formatDate, formatMinutes, formatRelativeDays } from "@/lib/format";

export type DrillCardView = DrillScheduleView & {
  /** The names of the services in its scope, in the plan's priority order. */
  services: string[];
  scenario: string | null;
  procedure: { key: string; title: string } | null;
};

/** One test of the schedule: its state, when it last ran and is next due, its scope, and Start. */
export function DrillCard({ drill, canStart, renderedAt }: { drill: DrillCardView; canStart: boolean; renderedAt: Date }) {
  const nextDue = new Date(drill.nextDueAt);
  return (
    <article data-drill={drill.key} aria-labelledby={`drill-${drill.key}-title`} className="flex h-full flex-col gap-4 rounded-xl border border-line bg-surface p-4 sm:p-5">
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 id={`drill-${drill.key}-title`} className="text-lg font-semibold text-ink [overflow-wrap:anywhere]">
            {drill.testType}
          </h2>
          <p className="text-sm text-ink-muted">
            {drill.frequency} · {formatMinutes(drill.durationMinutes)}
          </p>
        </div>
        <DrillStateBadge state={drill.state} />
      </header>
      <DetailList
        labelWidth="sm:grid-cols-[8rem_minmax(0,1fr)]"
        details={[
          { label: "Last run", value: drill.lastRunAt ? formatDate(new Date(drill.lastRunAt)) : <span className="text-ink-muted">Never run</span> },
          {
            label: "Next due",
            value: (
              <span data-next-due>
                {formatDate(nextDue)} <span className="text-ink-muted">({formatRelativeDays(nextDue, renderedAt)})</span>
              </span>
            ),
          },
          { label: "Scope", value: drill.services.length ? drill.services.join(", ") : drill.scope },
          { label: "Rehearses", value: drill.scenario ?? <span className="text-ink-muted">No scenario named</span> },
          {
            label: "Procedure",
            value: drill.procedure ? (
              <Link href={`/runbooks/${drill.procedure.key}`} className="font-medium text-accent hover:underline">
                {drill.procedure.title}
              </Link>
            ) : (
              <span className="text-ink-muted">None written yet: the drill starts with an empty checklist</span>
            ),
          },
        ]}
      />
      <footer className="mt-auto flex flex-wrap items-center gap-3 border-t border-line pt-4">
        {drill.running ? (
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <IncidentStateBadge state={drill.running.state} />
            <Link href={`/incidents/${drill.running.id}`} className="font-medium text-accent hover:underline [overflow-wrap:anywhere]">
              Drill #{drill.running.number} under way: open its war room
            </Link>
          </p>
        ) : canStart ? (
          <StartDrillButton drillKey={drill.key} testType={drill.testType} />
        ) : (
          <p className="text-sm text-ink-muted">A commander or an admin starts drills.</p>
        )}
      </footer>
    </article>
  );
}
