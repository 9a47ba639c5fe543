import { PriorityBadge } from "@/components/priority-badge";
import { formatMinutes } from "@/lib/format";
import type { RecoveryStage } from "@/lib/services/recovery-order";

function stageCondition(number: number): string {
  if (number === 1) return "Needs nothing else: start here";
  return number === 2 ? "Once stage 1 is back" : `Once stages 1–${number - 1} are back`;
}

export function RecoveryOrderList({ stages }: { stages: RecoveryStage[] }) {
  return (
    <div>
      <ol aria-label="Recovery order" className="space-y-3">
        {stages.map((stage) => (
          <li key={stage.number} className="flex gap-4 rounded-xl border border-line bg-surface p-4">
            <span
              aria-hidden="true"
              className="grid size-9 shrink-0 place-items-center rounded-full bg-accent-soft text-sm font-semibold text-accent"
            >
              {stage.number}
            </span>
            <div className="min-w-0 flex-1">
              <h3 className="text-sm font-semibold text-ink">Stage {stage.number}</h3>
              <p className="text-xs text-ink-muted">{stageCondition(stage.number)}</p>
              <ol className="mt-3 flex flex-wrap gap-2">
                {stage.services.map((service) => (
                  <li
                    key={service.key}
                    className={`flex min-h-9 items-center gap-2 rounded-lg border bg-canvas px-2.5 py-1.5 text-sm ${
                      service.priority === null ? "border-dashed border-line-strong" : "border-line"
                    }`}
                  >
                    {service.objective && <PriorityBadge priority={service.objective.priority} />}
                    <span className="font-medium text-ink">{service.name}</span>
                    {service.objective && (
                      <span className="text-xs text-ink-muted tabular-nums">RTO {formatMinutes(service.objective.rtoMinutes)}</span>
                    )}
                  </li>
                ))}
              </ol>
            </div>
          </li>
        ))}
      </ol>
      <p className="mt-3 text-xs text-ink-muted">
        Dashed: a dependency outside the priority matrix, shown with the objective it inherits.
      </p>
    </div>
  );
}
