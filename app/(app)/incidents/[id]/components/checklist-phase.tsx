"use client";
import { MINUTE_MS } from "@/lib/format";
import { useNow } from "@/components/clock-provider";
import { ChecklistStep } from "@/app/(app)/incidents/[id]/components/checklist-step";
import type { ChecklistPhase as Phase } from "@/app/(app)/incidents/[id]/components/group-checklist";
import { PhaseWindowBadge } from "@/components/phase-window-badge";

type ChecklistPhaseProps = {
  incidentId: string;
  phase: Phase;
  detectedAt: string;
  worker: { id: string; name: string } | null;
};

/** A phase of a runbook with its time window; a window that has closed on open steps says so. */
export function ChecklistPhase({ incidentId, phase, detectedAt, worker }: ChecklistPhaseProps) {
  const now = useNow(MINUTE_MS);
  const done = phase.items.filter((item) => item.done).length;
  const overdue =
    now !== null &&
    phase.closesAfterMinutes !== null &&
    done < phase.items.length &&
    now - Date.parse(detectedAt) > phase.closesAfterMinutes * MINUTE_MS;
  const headingId = `phase-${phase.key}`;
  return (
    <section aria-labelledby={headingId} className="border-t border-line first:border-t-0">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5 bg-surface-muted/60 px-4 py-2.5 sm:px-5">
        <h4 id={headingId} className="text-sm font-semibold text-ink">
          {phase.name}
        </h4>
        {phase.window && <PhaseWindowBadge window={phase.window} passed={overdue} />}
        <span className="ml-auto text-xs text-ink-muted tabular-nums">
          {done}/{phase.items.length}
        </span>
      </div>
      <ol className="divide-y divide-line">
        {phase.items.map((item) => (
          <ChecklistStep key={item.id} incidentId={incidentId} item={item} worker={worker} />
        ))}
      </ol>
    </section>
  );
}
