import type { ScenarioOption } from "@/app/(app)/incidents/new/components/declare-options";
import { SeverityBadge } from "@/components/severity-badge";
import { describedBy, FormField } from "@/components/ui/form-field";
import { fieldClasses } from "@/components/ui/field-classes";
import { formatMinuteRange, formatMinutes } from "@/lib/format";

const ID = "incident-scenario";

function byTier(scenarios: ScenarioOption[]): [string, ScenarioOption[]][] {
  const tiers = new Map<string, ScenarioOption[]>();
  for (const scenario of scenarios) tiers.set(scenario.tierName, [...(tiers.get(scenario.tierName) ?? []), scenario]);
  return [...tiers];
}

function ScenarioSummary({ scenario }: { scenario: ScenarioOption }) {
  return (
    <div id={`${ID}-summary`} className="mt-2 space-y-2 rounded-lg border border-line bg-canvas px-4 py-3 text-sm">
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
        <SeverityBadge severity={scenario.severity} />
        <span className="text-ink">
          {scenario.tierName} tier · RTO{" "}
          <span className="tabular-nums">{formatMinuteRange(scenario.rtoMinMinutes, scenario.rtoMaxMinutes)}</span> · RPO{" "}
          <span className="tabular-nums">{formatMinutes(scenario.rpoMinutes)}</span>
        </span>
      </p>
      <p className="text-ink-muted">
        Checklist: the incident response process
        {scenario.runbooks.length > 0 ? `, ${scenario.runbooks.join(", ")}` : " (the plan has no recovery runbook for this scenario)"}.
      </p>
      {scenario.examples.length > 0 && <p className="text-ink-muted">For example: {scenario.examples.join("; ")}.</p>}
    </div>
  );
}

type ScenarioFieldProps = {
  scenarios: ScenarioOption[];
  value: string;
  onChange: (key: string) => void;
  error: string | null;
};

/** Which of the plan's scenarios this is: it sets the severity and brings its runbooks. */
export function ScenarioField({ scenarios, value, onChange, error }: ScenarioFieldProps) {
  const selected = scenarios.find((scenario) => scenario.key === value);
  const describedByIds = [describedBy(ID, { error }), selected ? `${ID}-summary` : null].filter(Boolean).join(" ");
  return (
    <FormField id={ID} label="Scenario" error={error}>
      <select
        id={ID}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByIds || undefined}
        className={fieldClasses()}
      >
        <option value="">No scenario</option>
        {byTier(scenarios).map(([tierName, tierScenarios]) => (
          <optgroup key={tierName} label={`${tierName} tier`}>
            {tierScenarios.map((scenario) => (
              <option key={scenario.key} value={scenario.key}>
                {scenario.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {selected && <ScenarioSummary scenario={selected} />}
    </FormField>
  );
}
