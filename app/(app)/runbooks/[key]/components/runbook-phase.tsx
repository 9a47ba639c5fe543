import { RunbookStep } from "@/app/(app)/runbooks/[key]/components/runbook-step";
import { formatPhaseWindow } from "@/lib/format";
import type { RunbookPhaseWithSteps } from "@/lib/runbooks/data";
import { PhaseWindowBadge } from "@/components/phase-window-badge";

export function RunbookPhase({ phase }: { phase: RunbookPhaseWithSteps }) {
  const window = formatPhaseWindow(phase);
  const headingId = `phase-${phase.key}`;
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-line bg-surface">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-line px-5 py-3.5">
        <h2 id={headingId} className="font-semibold text-ink">
          {phase.name}
        </h2>
        {window && <PhaseWindowBadge window={window} />}
      </div>
      <ol className="divide-y divide-line">
        {phase.steps.map((step, index) => (
          <RunbookStep key={step.id} step={step} number={index + 1} />
        ))}
      </ol>
    </section>
  );
}
