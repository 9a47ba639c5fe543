"use client";
import { FormRefusal, SchemaField } from "@/components/forms/schema-field";
import { usePlanEditForm } from "@/components/forms/use-plan-edit-form";
import { linesOf, PlanLinesField } from "@/components/plan-lines-field";
import { PlanOrderedPicker, type PickerOption } from "@/components/plan-ordered-picker";
import { PlanRemoveButton } from "@/components/plan-remove-button";
import { PlanSaveFooter } from "@/components/plan-save-footer";
import { PlanTextField } from "@/components/plan-text-field";
import { fieldClasses } from "@/components/ui/field-classes";
import type { Severity } from "@/lib/generated/prisma/enums";
import { createScenarioSchema, updateScenarioSchema } from "@/lib/scenarios/schema";
import type { ScenarioView } from "@/lib/scenarios/present";

type TierOption = { severity: Severity; name: string };

type EditedScenario = Pick<ScenarioView, "key" | "name" | "severity" | "examples" | "runbooks">;

export type ScenarioEditChoices = { tiers: TierOption[]; runbooks: PickerOption[] };

/**
 * A scenario of the plan, edited (or, without one, added) by a plan admin: its name, tier, examples
 * and runbooks.
 */
export function ScenarioEditForm({ scenario, choices: { tiers, runbooks } }: { scenario?: EditedScenario; choices: ScenarioEditChoices }) {
  const { form, refreshing } = usePlanEditForm({
    schema: scenario ? updateScenarioSchema : createScenarioSchema,
    path: scenario ? `/api/scenarios/${scenario.key}` : "/api/scenarios",
    method: scenario ? "PATCH" : "POST",
    emptyOnSave: !scenario,
    defaultValues: scenario
      ? { name: scenario.name, severity: scenario.severity as Severity, examples: scenario.examples.join("\n"), runbooks: scenario.runbooks }
      : { name: "", severity: tiers[0].severity, examples: "", runbooks: [] as string[] },
    toInput: ({ examples, ...typed }) => ({ ...typed, examples: linesOf(examples) }),
    whenEmpty: { name: "Give the scenario a name." },
  });
  const id = (field: string) => `scenario-${scenario?.key ?? "new"}-${field}`;
  const title = scenario ? `Edit ${scenario.name}` : "Add a scenario";

  return (
    <details className={scenario ? "border-t border-line pt-3" : "rounded-xl border border-line bg-surface p-4"}>
      <summary className={scenario ? "cursor-pointer text-sm font-medium text-accent" : "cursor-pointer font-medium text-ink"}>{title}</summary>
      <form noValidate aria-label={title} className="mt-3 space-y-4" onSubmit={form.submit}>
        <PlanTextField form={form} name="name" id={id("name")} label="Name" called="The name" />
        <SchemaField form={form} name="severity" id={id("severity")} label="Tier" hint="Its objectives, and the severity an incident of it is declared with.">
          {(control) => (
            <select {...control} className={fieldClasses()}>
              {tiers.map((tier) => (
                <option key={tier.severity} value={tier.severity}>
                  {tier.name}
                </option>
              ))}
            </select>
          )}
        </SchemaField>
        <PlanLinesField form={form} name="examples" id={id("examples")} label="Examples" called="The list of examples" />
        <PlanOrderedPicker
          id={id("runbooks")}
          legend="Runbooks it brings in"
          options={runbooks}
          chosen={form.watch("runbooks")}
          onChange={(chosen) => form.setValue("runbooks", chosen)}
          error={form.errorOf("runbooks", "The list of runbooks")}
          empty="None yet: an incident of it works the incident response process only."
        />
        <FormRefusal form={form} />
        <PlanSaveFooter label={scenario ? "Save scenario" : "Add scenario"} saving={form.sending} saved={form.formState.isSubmitSuccessful} refreshing={refreshing} />
      </form>
      {scenario && <PlanRemoveButton name={scenario.name} path={`/api/scenarios/${scenario.key}`} />}
    </details>
  );
}
