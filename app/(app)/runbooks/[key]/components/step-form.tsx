"use client";
import { useState } from "react";
import { linesOf, PlanLinesField } from "@/components/plan-lines-field";
import { RunbookForm } from "@/app/(app)/runbooks/[key]/components/runbook-form";
import { errorFor } from "@/components/form-error";
import { PlanTextField } from "@/components/plan-text-field";
import { fieldClasses } from "@/components/ui/field-classes";
import { FormField } from "@/components/ui/form-field";
import type { RunbookStepWithService } from "@/lib/runbooks/data";
import type { RunbookView } from "@/lib/runbooks/present";
import { addStepSchema, updateStepSchema } from "@/lib/runbooks/schema";
import { parseInput } from "@/lib/validation";

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
  const [title, setTitle] = useState(step?.title ?? "");
  const [details, setDetails] = useState(step?.details.join("\n") ?? "");
  const [command, setCommand] = useState(step?.command ?? "");
  const [serviceKey, setServiceKey] = useState(step?.service?.key ?? "");
  const [phaseKey, setPhaseKey] = useState(phase.key);
  const id = (field: string) => `${step ? `step-${step.id}` : `new-step-${phase.key}`}-${field}`;
  const fields = { title, details: linesOf(details), command: command.trim() || null, serviceKey: serviceKey || null };

  return (
    <RunbookForm
      label={step ? `Edit step ${step.title}` : `New step in ${phase.name}`}
      submitLabel={step ? "Save step" : "Add step"}
      fields={["title", "details", "command", "serviceKey", "phaseKey", "position"]}
      write={() =>
        step
          ? {
              path: `/api/runbooks/${runbookKey}/steps/${step.id}`,
              method: "PATCH",
              body: parseInput(updateStepSchema, { ...fields, ...(phaseKey !== phase.key && { phaseKey }) }),
            }
          : { path: `/api/runbooks/${runbookKey}/phases/${phase.key}/steps`, method: "POST", body: parseInput(addStepSchema, fields) }
      }
      removal={step && { label: "Remove step", write: { path: `/api/runbooks/${runbookKey}/steps/${step.id}`, method: "DELETE" } }}
      onSaved={(answer, removed) => onSaved(answer, removed, phaseKey)}
      onCancel={onCancel}
    >
      {(error) => (
        <>
          <PlanTextField id={id("title")} label="Title" value={title} onChange={setTitle} error={errorFor(error, "title")} />
          <PlanLinesField id={id("details")} label="Details" lines={details} onChange={setDetails} error={errorFor(error, "details")} />
          <PlanTextField id={id("command")} label="Script command" hint="As the plan writes it, such as ./disaster-recovery/scripts/…" value={command} onChange={setCommand} error={errorFor(error, "command")} />
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField id={id("service")} label="Brings back" error={errorFor(error, "serviceKey")}>
              <select id={id("service")} value={serviceKey} onChange={(event) => setServiceKey(event.target.value)} className={fieldClasses()}>
                <option value="">No service</option>
                {services.map((service) => (
                  <option key={service.key} value={service.key}>
                    {service.name}
                  </option>
                ))}
              </select>
            </FormField>
            {step && phases.length > 1 && (
              <FormField id={id("phase")} label="Phase" error={errorFor(error, "phaseKey")}>
                <select id={id("phase")} value={phaseKey} onChange={(event) => setPhaseKey(event.target.value)} className={fieldClasses()}>
                  {phases.map((candidate) => (
                    <option key={candidate.key} value={candidate.key}>
                      {candidate.name}
                    </option>
                  ))}
                </select>
              </FormField>
            )}
          </div>
        </>
      )}
    </RunbookForm>
  );
}
