"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { errorFor, toFormError } from "@/components/form-error";
import { api } from "@/components/live/api-client";
import { linesOf, PlanLinesField } from "@/components/plan-lines-field";
import { PlanOrderedPicker, type PickerOption } from "@/components/plan-ordered-picker";
import { PlanSaveFooter } from "@/components/plan-save-footer";
import { PlanTextField } from "@/components/plan-text-field";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import { FormField } from "@/components/ui/form-field";
import type { Severity } from "@/lib/generated/prisma/enums";
import { updateScenarioSchema } from "@/lib/scenarios/schema";
import type { ScenarioView } from "@/lib/scenarios/present";
import { parseInput } from "@/lib/validation";

type TierOption = { severity: Severity; name: string };

type EditedScenario = Pick<ScenarioView, "key" | "name" | "severity" | "examples" | "runbooks">;

export type ScenarioEditChoices = { tiers: TierOption[]; runbooks: PickerOption[] };

/** A scenario of the plan, edited by a plan admin: its name, tier, examples and runbooks. */
export function ScenarioEditForm({ scenario, choices: { tiers, runbooks } }: { scenario: EditedScenario; choices: ScenarioEditChoices }) {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const [name, setName] = useState(scenario.name);
  const [severity, setSeverity] = useState<Severity>(scenario.severity);
  const [examples, setExamples] = useState(scenario.examples.join("\n"));
  const [chosen, setChosen] = useState<string[]>(scenario.runbooks);
  const save = useMutation({
    mutationFn: () => {
      const input = { name, severity, examples: linesOf(examples), runbooks: chosen };
      return api(`/api/scenarios/${scenario.key}`, { method: "PATCH", body: parseInput(updateScenarioSchema, input) });
    },
    onSuccess: () => startTransition(() => router.refresh()),
  });
  const error = save.error ? toFormError(save.error) : null;
  const id = (field: string) => `scenario-${scenario.key}-${field}`;
  const other = error && !["name", "severity", "examples", "runbooks"].some((field) => errorFor(error, field)) ? error.message : null;

  return (
    <details className="border-t border-line pt-3">
      <summary className="cursor-pointer text-sm font-medium text-accent">Edit {scenario.name}</summary>
      <form
        noValidate
        aria-label={`Edit ${scenario.name}`}
        className="mt-3 space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <PlanTextField id={id("name")} label="Name" value={name} onChange={setName} error={errorFor(error, "name")} />
        <FormField id={id("severity")} label="Tier" hint="Its objectives, and the severity an incident of it is declared with." error={errorFor(error, "severity")}>
          <select
            id={id("severity")}
            value={severity}
            onChange={(event) => setSeverity(event.target.value as Severity)}
            className={fieldClasses()}
            aria-describedby={`${id("severity")}-hint`}
          >
            {tiers.map((tier) => (
              <option key={tier.severity} value={tier.severity}>
                {tier.name}
              </option>
            ))}
          </select>
        </FormField>
        <PlanLinesField id={id("examples")} label="Examples" lines={examples} onChange={setExamples} error={errorFor(error, "examples")} />
        <PlanOrderedPicker
          id={id("runbooks")}
          legend="Runbooks it brings in"
          options={runbooks}
          chosen={chosen}
          onChange={setChosen}
          error={errorFor(error, "runbooks")}
          empty="None yet: an incident of it works the incident response process only."
        />
        {other && <ErrorText>{other}</ErrorText>}
        <PlanSaveFooter label="Save scenario" saving={save.isPending} saved={save.isSuccess} refreshing={refreshing} />
      </form>
    </details>
  );
}
