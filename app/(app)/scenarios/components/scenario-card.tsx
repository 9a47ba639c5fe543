import Link from "next/link";
import { ScenarioEditForm, type ScenarioEditChoices } from "@/app/(app)/scenarios/components/scenario-edit-form";
import type { RecoveryTierWithScenarios } from "@/lib/scenarios/data";

type Scenario = RecoveryTierWithScenarios["scenarios"][number];

/** A scenario with its examples and runbooks; for a plan admin, its edit form (`editing`). */
export function ScenarioCard({ scenario, editing }: { scenario: Scenario; editing: ScenarioEditChoices | null }) {
  return (
    <li id={scenario.key} className="flex scroll-mt-20 flex-col rounded-xl border border-line bg-surface p-5">
      <h3 className="font-semibold text-ink">{scenario.name}</h3>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-ink-muted marker:text-line-strong">
        {scenario.examples.map((example) => (
          <li key={example}>{example}</li>
        ))}
      </ul>
      <div className="mt-auto pt-4">
        <div className="flex flex-wrap items-center gap-2 border-t border-line pt-3 text-sm">
          <span className="text-ink-muted">Runbooks:</span>
          {scenario.runbooks.length ? (
            scenario.runbooks.map(({ runbook }) => (
              <Link
                key={runbook.key}
                href={`/runbooks/${runbook.key}`}
                className="inline-flex min-h-8 items-center rounded-md bg-accent-soft px-2.5 font-medium text-accent hover:underline"
              >
                {runbook.title}
              </Link>
            ))
          ) : (
            <span className="text-ink-muted">None in the plan yet</span>
          )}
        </div>
        {editing && (
          <div className="mt-3">
            <ScenarioEditForm
              scenario={{ ...scenario, runbooks: scenario.runbooks.map(({ runbook }) => runbook.key) }}
              choices={editing}
            />
          </div>
        )}
      </div>
    </li>
  );
}
