// The checklist as the runbooks it came from: runbook, then phase, then steps, in plan order.
import { formatPhaseWindow } from "@/lib/format";
import type { ChecklistItemView } from "@/lib/incidents/types";

export type ChecklistPhase = {
  key: string;
  name: string;
  /** "0–15 min", or "0–2 h after recovery"; null when the plan gives no window. */
  window: string | null;
  /** Minutes after detection the window closes; null when it counts from recovery or is open. */
  closesAfterMinutes: number | null;
  items: ChecklistItemView[];
};

export type ChecklistRunbook = { title: string; phases: ChecklistPhase[] };

export function groupChecklist(items: readonly ChecklistItemView[]): ChecklistRunbook[] {
  const runbooks: ChecklistRunbook[] = [];
  for (const item of [...items].sort((a, b) => a.position - b.position)) {
    let runbook = runbooks.at(-1);
    if (runbook?.title !== item.runbookTitle) {
      runbook = { title: item.runbookTitle, phases: [] };
      runbooks.push(runbook);
    }
    let phase = runbook.phases.at(-1);
    if (phase?.name !== item.phaseName) {
      phase = {
        key: `${runbooks.length}-${runbook.phases.length}`,
        name: item.phaseName,
        window: formatPhaseWindow(item),
        closesAfterMinutes: item.windowAnchor === "detection" ? item.windowEndMinutes : null,
        items: [],
      };
      runbook.phases.push(phase);
    }
    phase.items.push(item);
  }
  return runbooks;
}
