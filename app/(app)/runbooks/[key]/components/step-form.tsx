"use client";
import { RunbookForm } from "@/app/(app)/runbooks/[key]/components/runbook-form";
import { SchemaField } from "@/components/forms/schema-field";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { api } from "@/components/live/api-client";
import { linesOf, PlanLinesField } from "@/components/plan-lines-field";
import { PlanTextField } from "@/components/plan-text-field";
import { fieldClasses } from "@/components/ui/field-classes";
import type { RunbookStepWithService } from "@/lib/runbooks/data";
import type { RunbookView } from "@/lib/runbooks/present";
import { addStepSchema, updateStepSchema } from "@/lib/runbooks/schema";

type Option = { key: string; name: string };

type StepFormProps = {
  runbookKey: string;
  /** The phase the step is in, or is added to. */
  phase: Option;
  /** The runbook's phases, to move the step to another. */
  phases: Option[];
  services: Option[];
  /** The step to edit; a new step without one. */
  step?: RunbookStepWithService;
  onSaved: (answer: RunbookView, removed: boolean, phaseKey: string) => void;
  onCancel: () => void;
};

/** A step's title, details, script, service and phase; a new step's, without the phase. */
export function StepForm({ runbookKey, phase, phases, services, step, onSaved, onCancel }: StepFormProps) {
  const path = step ? `/api/runbooks/${runbookKey}/steps/${step.id}` : `/api/runbooks/${runbookKey}/phases/${phase.key}/steps`;
  const form = useSchemaForm({
    schema: step ? updateStepSchema : addStepSchema,
    defaultValues: { title: step?.title ?? "", details: step?.details.join("\n") ?? "", command: step?.command ?? "", serviceKey: step?.service?.key ?? "", phaseKey: phase.key },
    toInput: ({ title, details, command, serviceKey, phaseKey }) => ({
      title,
      details: linesOf(details),
      command: command.trim() || null,
      serviceKey: serviceKey || null,
      // Sent only to move the step to another phase.
      ...(phaseKey !== phase.key && { phaseKey }),
    }),
    whenEmpty: { title: "Give the step a title." },
    send: async (input, typed) => onSaved(await api<RunbookView>(path, { method: step ? "PATCH" : "POST", body: input }), false, typed.phaseKey),
  });
  const id = (field: string) => `${step ? `step-${step.id}` : `new-step-${phase.key}`}-${field}`;

  return (
    <RunbookForm
      label={step ? `Edit step ${step.title}` : `New step in ${phase.name}`}
      submitLabel={step ? "Save step" : "Add step"}
      form={form}
      removal={step && { label: "Remove step", path }}
      onRemoved={(answer) => onSaved(answer, true, form.getValues("phaseKey"))}
      onCancel={onCancel}
    >
      <PlanTextField form={form} name="title" id={id("title")} label="Title" called="The title" />
      <PlanLinesField form={form} name="details" id={id("details")} label="Details" called="The details" />
      <PlanTextField form={form} name="command" id={id("command")} label="Script command" called="The script command" hint="As the plan writes it, such as ./disaster-recovery/scripts/…" />
      <div className="grid gap-4 sm:grid-cols-2">
        <SchemaField form={form} name="serviceKey" id={id("service")} label="Brings back" called="The service it brings back">
          {(control) => (
            <select {...control} className={fieldClasses()}>
              <option value="">No service</option>
              {services.map((service) => (
                <option key={service.key} value={service.key}>
                  {service.name}
                </option>
              ))}
            </select>
          )}
        </SchemaField>
        {step && phases.length > 1 && (
          <SchemaField form={form} name="phaseKey" id={id("phase")} label="Phase" called="The phase">
            {(control) => (
              <select {...control} className={fieldClasses()}>
                {phases.map((candidate) => (
                  <option key={candidate.key} value={candidate.key}>
                    {candidate.name}
                  </option>
                ))}
              </select>
            )}
          </SchemaField>
        )}
      </div>
    </RunbookForm>
  );
}
