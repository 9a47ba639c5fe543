import { Suspense } from "react";
import { ChecklistProgress } from "@/components/checklist-progress";
import { ChecklistPhase } from "@/app/(app)/incidents/[id]/components/checklist-phase";
import { groupChecklist } from "@/app/(app)/incidents/[id]/components/group-checklist";
import { Section } from "@/components/ui/section";
import type { IncidentView } from "@/lib/incidents/types";

type ChecklistPanelProps = {
  incident: IncidentView;
  worker: { id: string; name: string } | null;
};

/** The runbooks' steps, grouped as the plan writes them, with how many are done. */
export function ChecklistPanel({ incident, worker }: ChecklistPanelProps) {
  const done = incident.checklist.filter((item) => item.done).length;
  return (
    <Section
      id="checklist"
      title="Checklist"
      description={<ChecklistProgress done={done} total={incident.checklist.length} />}
    >
      <div className="space-y-4">
        {groupChecklist(incident.checklist).map((runbook) => (
          <div key={runbook.title} className="overflow-hidden rounded-xl border border-line bg-surface">
            <h3 className="border-b border-line px-4 py-3 font-semibold text-ink sm:px-5">{runbook.title}</h3>
            {/* A phase at a time comes alive on a phone: a long checklist is no one long freeze. */}
            {runbook.phases.map((phase) => (
              <Suspense key={phase.key}>
                <ChecklistPhase incidentId={incident.id} phase={phase} detectedAt={incident.detectedAt} worker={worker} />
              </Suspense>
            ))}
          </div>
        ))}
      </div>
    </Section>
  );
}
