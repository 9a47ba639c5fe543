"use client";
import { RunbookForm } from "@/app/(app)/runbooks/[key]/components/runbook-form";
import { SchemaField } from "@/components/forms/schema-field";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { api } from "@/components/live/api-client";
import { asNumber, PlanTextField } from "@/components/plan-text-field";
import { fieldClasses } from "@/components/ui/field-classes";
import type { WindowAnchor } from "@/lib/generated/prisma/enums";
import type { RunbookPhaseWithSteps } from "@/lib/runbooks/data";
import type { RunbookView } from "@/lib/runbooks/present";
import { addPhaseSchema, updatePhaseSchema } from "@/lib/runbooks/schema";

type PhaseFormProps = {
  runbookKey: string;
  /** The phase to edit; a new phase without one. */
  phase?: RunbookPhaseWithSteps;
  onSaved: (answer: RunbookView, removed: boolean, name: string) => void;
  onCancel: () => void;
};

/** A phase's name and time window: minutes from the incident's detection or the services' recovery. */
export function PhaseForm({ runbookKey, phase, onSaved, onCancel }: PhaseFormProps) {
  const path = phase ? `/api/runbooks/${runbookKey}/phases/${phase.key}` : `/api/runbooks/${runbookKey}/phases`;
  const form = useSchemaForm({
    schema: phase ? updatePhaseSchema : addPhaseSchema,
    defaultValues: {
      name: phase?.name ?? "",
      windowStartMinutes: phase?.windowStartMinutes?.toString() ?? "",
      windowEndMinutes: phase?.windowEndMinutes?.toString() ?? "",
      windowAnchor: (phase?.windowAnchor ?? "detection") as WindowAnchor,
    },
    toInput: ({ windowStartMinutes, windowEndMinutes, ...typed }) => ({ ...typed, windowStartMinutes: asNumber(windowStartMinutes), windowEndMinutes: asNumber(windowEndMinutes) }),
    whenEmpty: { name: "Give the phase a name." },
    send: async (input, typed) => onSaved(await api<RunbookView>(path, { method: phase ? "PATCH" : "POST", body: input }), false, typed.name.trim()),
  });
  const id = (field: string) => `${phase ? `phase-${phase.key}` : "new-phase"}-${field}`;

  return (
    <RunbookForm
      label={phase ? `Edit phase ${phase.name}` : "New phase"}
      submitLabel={phase ? "Save phase" : "Add phase"}
      form={form}
      removal={phase && { label: "Remove phase", path }}
      onRemoved={(answer) => onSaved(answer, true, form.getValues("name").trim())}
      onCancel={onCancel}
    >
      <PlanTextField form={form} name="name" id={id("name")} label="Name" called="The name" />
      <div className="grid gap-4 sm:grid-cols-3">
        <PlanTextField form={form} name="windowStartMinutes" id={id("start")} label="Starts (minutes)" called="The start" numeric />
        <PlanTextField form={form} name="windowEndMinutes" id={id("end")} label="Ends (minutes)" called="The end" hint="Empty for open-ended." numeric />
        <SchemaField form={form} name="windowAnchor" id={id("anchor")} label="Counted from">
          {(control) => (
            <select {...control} className={fieldClasses()}>
              <option value="detection">Detection</option>
              <option value="recovery">Recovery</option>
            </select>
          )}
        </SchemaField>
      </div>
    </RunbookForm>
  );
}
