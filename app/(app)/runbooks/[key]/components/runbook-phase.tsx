import type { ReactNode } from "react";
import { RunbookStep } from "@/app/(app)/runbooks/[key]/components/runbook-step";
import { formatPhaseWindow } from "@/lib/format";
import type { RunbookPhaseWithSteps, RunbookStepWithService } from "@/lib/runbooks/data";
import { PhaseWindowBadge } from "@/components/phase-window-badge";

type RunbookPhaseProps = {
  phase: RunbookPhaseWithSteps;
  /** A plan admin's controls beside the phase's name. */
  actions?: ReactNode;
  /** The phase's edit form, when open, under its name. */
  editor?: ReactNode;
  /** Each step as a plan admin sees it: with its controls, or its edit form. */
  renderStep?: (step: RunbookStepWithService, number: number) => ReactNode;
  /** What follows the steps: a plan admin's "Add step". */
  children?: ReactNode;
};

export function RunbookPhase({ phase, actions, editor, renderStep, children }: RunbookPhaseProps) {
  const window = formatPhaseWindow(phase);
  const headingId = `phase-${phase.key}`;
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-line bg-surface">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-line px-5 py-3.5">
        <div className="flex flex-wrap items-center gap-2">
          <h2 id={headingId} className="font-semibold text-ink">
            {phase.name}
          </h2>
          {window && <PhaseWindowBadge window={window} />}
        </div>
        {actions}
      </div>
      {editor}
      <ol className="divide-y divide-line">
        {phase.steps.map((step, index) => (renderStep ? renderStep(step, index + 1) : <RunbookStep key={step.id} step={step} number={index + 1} />))}
      </ol>
      {children}
    </section>
  );
}
