// A scenario's quick reference checklist (Appendix B): its runbooks' phases and steps in the
// plan's order, each step with an empty box to tick on paper and its script as written.
import { PlanStampLine } from "@/components/break-glass/plan-stamp-line";
import { formatMinuteRange, formatMinutes, formatPhaseWindow } from "@/lib/format";
import { SEVERITY_LABELS } from "@/lib/incidents/state-machine";
import type { PlanStamp } from "@/lib/break-glass/types";
import type { RecoveryTierModel, RunbookModel, ScenarioModel } from "@/lib/plan/code/model";

type QuickReferenceProps = {
  scenario: ScenarioModel;
  tier: RecoveryTierModel | undefined;
  runbooks: readonly RunbookModel[];
  stamp: PlanStamp;
  /** 1 where the checklist is the page; 2 under a page's own heading (every scenario, printed). */
  level?: 1 | 2;
};

function Step({ step }: { step: RunbookModel["phases"][number]["steps"][number] }) {
  return (
    <li className="flex gap-3 py-1.5">
      <span aria-hidden className="mt-0.5 size-4 shrink-0 rounded-sm border-2 border-ink-muted" />
      <div className="min-w-0 flex-1">
        <p className="font-medium text-ink">{step.title}</p>
        {step.command && (
          <pre className="mt-1 rounded border border-line bg-surface-muted px-2 py-1 font-mono text-[13px] leading-5 whitespace-pre-wrap text-ink [overflow-wrap:anywhere]">
            {step.command}
          </pre>
        )}
      </div>
    </li>
  );
}

export function QuickReference({ scenario, tier, runbooks, stamp, level = 1 }: QuickReferenceProps) {
  const [Title, Runbook, Phase] = ([level, level + 1, level + 2] as const).map((depth) => `h${depth}` as "h1" | "h2" | "h3" | "h4");
  return (
    <article className="quick-reference space-y-5" data-scenario={scenario.key} aria-labelledby={`scenario-${scenario.key}`}>
      <header className="space-y-1 border-b border-line pb-3">
        <p className="text-xs font-medium tracking-wide text-ink-muted uppercase">Quick reference checklist</p>
        <Title id={`scenario-${scenario.key}`} className="text-xl font-semibold text-ink">
          {scenario.name}
        </Title>
        {tier && (
          <p className="text-sm text-ink">
            {tier.name === SEVERITY_LABELS[tier.severity] ? tier.name : `${SEVERITY_LABELS[tier.severity]} (${tier.name})`} tier · RTO {formatMinuteRange(tier.rtoMinMinutes, tier.rtoMaxMinutes)} · RPO {formatMinutes(tier.rpoMinutes)}
          </p>
        )}
        <PlanStampLine stamp={stamp} verb="printed" className="text-xs" />
      </header>
      {runbooks.length === 0 && <p className="text-sm text-ink-muted">The plan gives this scenario no runbook.</p>}
      {runbooks.map((runbook) => (
        <section key={runbook.key} aria-labelledby={`runbook-${scenario.key}-${runbook.key}`} className="space-y-3">
          <Runbook id={`runbook-${scenario.key}-${runbook.key}`} className="text-base font-semibold text-ink">
            {runbook.title}
          </Runbook>
          {runbook.phases.map((phase) => {
            const window = formatPhaseWindow(phase);
            return (
              <div key={phase.key}>
                <Phase className="text-sm font-semibold text-ink">
                  {phase.name}
                  {window && <span className="font-normal text-ink-muted"> · {window}</span>}
                </Phase>
                <ol className="divide-y divide-line text-sm">
                  {phase.steps.map((step, index) => (
                    <Step key={index} step={step} />
                  ))}
                </ol>
              </div>
            );
          })}
        </section>
      ))}
    </article>
  );
}
