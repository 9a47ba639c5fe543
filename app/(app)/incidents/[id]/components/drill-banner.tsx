import type { IncidentView } from "@/lib/incidents/types";

/**
 * Across the top of a drill's war room, so nobody takes the exercise for an outage: which test it
 * runs, and whether anyone outside Muster hears of it.
 */
export function DrillBanner({ incident }: { incident: IncidentView }) {
  if (!incident.isDrill) return null;
  const what = incident.drill ? `: ${incident.drill.testType}` : "";
  return (
    <div role="note" aria-label="Drill" className="mb-6 rounded-xl border border-drill-line bg-drill-soft px-4 py-3 text-drill sm:px-5">
      <p className="text-lg font-semibold text-balance [overflow-wrap:anywhere]">Drill — this is an exercise{what}</p>
      <p className="text-sm">
        {incident.drillNotifiesExternal
          ? "Declared to reach people outside Muster: escalations and updates go out, marked as a drill."
          : "Nobody outside Muster is paged or e-mailed. The public page and the real metrics leave it out."}
      </p>
    </div>
  );
}
